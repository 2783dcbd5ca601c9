// The program a user writes against the packaged generator: a client from JSON and two from one YAML file.
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
