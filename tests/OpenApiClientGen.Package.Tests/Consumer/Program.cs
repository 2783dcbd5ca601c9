// The program a user writes against the packaged generator: two clients from one JSON file (one filtered) and two
// from one YAML file.
using System.Reflection;
using Features;
using Features.Status;

var baseAddress = new Uri(args[0]);

await using var features = new FeaturesClient(new FeaturesClientOptions { BaseAddress = baseAddress });
Pet pet = await features.Pets.GetAsync(1);
Console.WriteLine($"pet {pet.Id}: {pet.Name}");

await using var status = new StatusClient(new StatusClientOptions { BaseAddress = baseAddress });
ServiceStatus current = await status.Status.GetAsync();
Console.WriteLine($"status: {current.Message}");

// The same YAML file again, generated under another name and namespace.
await using var backup = new Features.Backup.BackupStatusClient(new Features.Backup.BackupStatusClientOptions { BaseAddress = baseAddress });
Features.Backup.ServiceStatus again = await backup.Status.GetAsync();
Console.WriteLine($"backup status: {again.Message}");

// The JSON file again, filtered to the one operation every include filter matches and no exclude filter does.
await using var reader = new Features.Reader.PetReaderClient(new Features.Reader.PetReaderClientOptions { BaseAddress = baseAddress });
Features.Reader.Pet readerPet = await reader.Pets.GetAsync(1);
string readerMethods = string.Join(",", typeof(Features.Reader.PetsOperations)
    .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(m => m.Name).Distinct().Order());
bool filesLeftOut = typeof(Features.Reader.PetReaderClient).Assembly.GetType("Features.Reader.FilesOperations") is null;
Console.WriteLine($"reader pet {readerPet.Id}: {readerPet.Name}; reader methods: {readerMethods}; files {(filesLeftOut ? "left out" : "generated")}");
