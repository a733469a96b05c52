return PcfCert.Cli.CliApp.Run(args, Console.Out, Console.Error);
