// The program a user writes against the packaged generator: two clients, one from JSON and one from YAML.
using Features;
using Features.Status;

var baseAddress = new Uri(args[0]);

await using var features = new FeaturesClient(new FeaturesClientOptions { BaseAddress = baseAddress });
Pet pet = await features.Pets.GetAsync(1);
Console.WriteLine($"pet {pet.Id}: {pet.Name}");

await using var status = new StatusClient(new StatusClientOptions { BaseAddress = baseAddress });
ServiceStatus current = await status.Status.GetAsync();
Console.WriteLine($"status: {current.Message}");
