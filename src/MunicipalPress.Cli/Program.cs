using MunicipalPress.Cli;

// Operations for a production install and for scripts: migrate, seed-demo, create-admin, import, …
// Logs go to stderr so that commands printing JSON keep stdout clean.
return await CliApplication.RunAsync(args);
