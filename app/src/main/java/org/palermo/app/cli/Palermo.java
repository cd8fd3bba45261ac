package org.palermo.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code palermo} command line: every job Palermo does, from a terminal or a script. */
@Command(
        name = "palermo",
        mixinStandardHelpOptions = true,
        versionProvider = Palermo.Version.class,
        description = "Palermo: screen online ads for trafficking indicators, link them into networks, review and act.",
        subcommands = {
            CommandLine.HelpCommand.class,
            DemoCommand.class,
            ScreenCommand.class,
            CalibrateCommand.class,
            EvaluateCommand.class,
            GenerateCommand.class,
            LinkCommand.class,
            ServeCommand.class,
            AdminCommand.class,
            AuditCommand.class,
        })
public final class Palermo implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Palermo());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Palermo.class.getPackage().getImplementationVersion();
            return new String[] {"palermo " + (version == null ? "development build" : version)};
        }
    }
}
