using System.Globalization;
using GitHub;

namespace GitHubRepos;

/// <summary>Writes a listing as a plain-text table followed by a total line.</summary>
internal static class RepositoryTable
{
    private const int MaxNameWidth = 40;
    private const int MaxLanguageWidth = 20;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(TextWriter output, string heading, RepositoryListing listing)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(listing);
        IReadOnlyList<Repository> repositories = listing.Repositories;
        output.WriteLine(heading);
        output.WriteLine();

        if (repositories.Count > 0)
        {
            int nameWidth = Math.Clamp(repositories.Max(r => r.Name?.Length ?? 0), 4, MaxNameWidth);
            int starsWidth = Math.Max(5, repositories.Max(r => Stars(r).Length));
            int languageWidth = Math.Clamp(repositories.Max(r => Language(r).Length), 8, MaxLanguageWidth);

            output.WriteLine($"{"NAME".PadRight(nameWidth)}  {"STARS".PadLeft(starsWidth)}  {"LANGUAGE".PadRight(languageWidth)}  LAST UPDATE");
            output.WriteLine($"{new string('-', nameWidth)}  {new string('-', starsWidth)}  {new string('-', languageWidth)}  {new string('-', 20)}");
            foreach (Repository repository in repositories)
            {
                output.WriteLine(
                    $"{Fit(repository.Name ?? "", nameWidth)}  {Stars(repository).PadLeft(starsWidth)}  {Fit(Language(repository), languageWidth)}  {LastUpdate(repository)}");
            }

            output.WriteLine();
        }

        long totalStars = repositories.Sum(r => r.StargazersCount);
        string pages = listing.Pages == 1 ? "1 page" : listing.Pages.ToString(Invariant) + " pages";
        output.WriteLine(string.Create(
            Invariant,
            $"Total: {repositories.Count} {(repositories.Count == 1 ? "repository" : "repositories")}, {totalStars:N0} stars ({pages} read)"));
        if (listing.RateLimit is { } rate)
        {
            output.WriteLine(string.Create(
                Invariant,
                $"Rate limit: {rate.Remaining:N0} of {rate.Limit:N0} requests left, resets at {rate.Reset.UtcDateTime:yyyy-MM-dd HH:mm} UTC"));
        }
    }

    private static string Stars(Repository repository) => repository.StargazersCount.ToString("N0", Invariant);

    private static string Language(Repository repository) => string.IsNullOrEmpty(repository.Language) ? "-" : repository.Language;

    private static string LastUpdate(Repository repository) =>
        repository.UpdatedAt is DateTimeOffset updated ? updated.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant) : "-";

    private static string Fit(string text, int width) =>
        text.Length <= width ? text.PadRight(width) : string.Concat(text.AsSpan(0, width - 3), "...");
}
