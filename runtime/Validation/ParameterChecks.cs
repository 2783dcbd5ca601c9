using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenApiClientGen.Runtime.Validation;

/// <summary>
/// Checks generated methods run before sending, for the constraints the spec gives a parameter (minimum and maximum,
/// minLength and maxLength, pattern). A value the server would reject fails here, naming the parameter, without a
/// round trip. A null (omitted optional) value is never checked. An <c>enum</c> is not checked: enums are open, and
/// a value the API adds after the description was written is sent as given.
/// </summary>
public static class ParameterChecks
{
    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    /// <summary>The value lies within the bounds (each bound may be exclusive).</summary>
    /// <exception cref="ArgumentOutOfRangeException">It does not.</exception>
    public static void Range(string name, double? value, double? minimum, double? maximum, bool exclusiveMinimum = false, bool exclusiveMaximum = false)
    {
        if (value is not { } v)
        {
            return;
        }

        bool tooSmall = minimum is { } min && (exclusiveMinimum ? v <= min : v < min);
        bool tooLarge = maximum is { } max && (exclusiveMaximum ? v >= max : v > max);
        if (tooSmall || tooLarge)
        {
            throw new ArgumentOutOfRangeException(name, value, $"'{name}' must be {Bounds(minimum, maximum, exclusiveMinimum, exclusiveMaximum)}.");
        }
    }

    /// <summary>The text's length lies within the bounds.</summary>
    /// <exception cref="ArgumentException">It does not.</exception>
    public static void Length(string name, string? value, int? minLength, int? maxLength)
    {
        if (value is null)
        {
            return;
        }

        if ((minLength is { } min && value.Length < min) || (maxLength is { } max && value.Length > max))
        {
            throw new ArgumentException($"'{name}' must be {LengthBounds(minLength, maxLength)} characters long; it has {value.Length}.", name);
        }
    }

    /// <summary>
    /// The text matches the ECMA-262-style pattern the spec gives (unanchored unless the pattern anchors itself). The
    /// message does not repeat the value, which may be a secret (a key or token passed as a parameter); a value the
    /// pattern cannot decide within a second is left to the server.
    /// </summary>
    /// <exception cref="ArgumentException">It does not match.</exception>
    public static void Pattern(string name, string? value, string pattern)
    {
        if (value is null)
        {
            return;
        }

        Regex regex = Patterns.GetOrAdd(pattern, static p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
        bool matches;
        try
        {
            matches = regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return;
        }

        if (!matches)
        {
            throw new ArgumentException($"'{name}' must match the pattern {pattern}; the value given ({value.Length.ToString(CultureInfo.InvariantCulture)} characters) does not.", name);
        }
    }

    private static string Bounds(double? minimum, double? maximum, bool exclusiveMinimum, bool exclusiveMaximum)
    {
        string Format(double d) => d.ToString(CultureInfo.InvariantCulture);
        string lower = minimum is { } min ? (exclusiveMinimum ? "greater than " : "at least ") + Format(min) : string.Empty;
        string upper = maximum is { } max ? (exclusiveMaximum ? "less than " : "at most ") + Format(max) : string.Empty;
        return lower.Length > 0 && upper.Length > 0 ? lower + " and " + upper : lower + upper;
    }

    private static string LengthBounds(int? minLength, int? maxLength) =>
        (minLength, maxLength) switch
        {
            ({ } min, { } max) when min == max => "exactly " + min.ToString(CultureInfo.InvariantCulture),
            ({ } min, { } max) => "between " + min.ToString(CultureInfo.InvariantCulture) + " and " + max.ToString(CultureInfo.InvariantCulture),
            ({ } min, null) => "at least " + min.ToString(CultureInfo.InvariantCulture),
            (null, { } max) => "at most " + max.ToString(CultureInfo.InvariantCulture),
            _ => "any number of",
        };
}
