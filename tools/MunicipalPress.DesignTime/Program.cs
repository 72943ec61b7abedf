// Design-time host for `dotnet ef` (see the project file); it does nothing when run.
return 0;
