namespace OpenApiClientGen.Runtime.Json;

/// <summary>Reads member number <paramref name="member"/> of a generated model.</summary>
public delegate T? MemberGetter<T>(object model, int member);

/// <summary>Writes member number <paramref name="member"/> of a generated model.</summary>
public delegate void MemberSetter<T>(object model, int member, T? value);
