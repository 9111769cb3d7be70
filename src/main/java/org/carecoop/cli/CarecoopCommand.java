package org.carecoop.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: wires the subcommands and the one place where errors become exit codes. */
@Command(name = "carecoop",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Feasibility and finance modelling for care co-operatives: cash flow, the cost of an hour "
                + "of care, and co-op against for-profit provider economics, from a YAML scenario.",
        subcommands = {
            RunCommand.class,
            CostCommand.class,
            CompareCommand.class,
            SolveCommand.class,
            GridCommand.class,
            TornadoCommand.class,
            SimulateCommand.class,
            SobolCommand.class,
            CommissionCommand.class,
            BenchCommand.class,
            ValidateCommand.class,
            InitCommand.class,
            ParamsCommand.class,
            SchemaCommand.class,
            AutoComplete.GenerateCompletion.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:unexpected failure (a fault in carecoop: run again with --verbose and report it)",
            "2:invalid input: a bad scenario, option or request"},
        footer = {"", "Start with: carecoop init my-plan.yaml, then carecoop validate my-plan.yaml."})
public final class CarecoopCommand implements Runnable {

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "On an unexpected failure, print the full technical detail (stack trace).")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed");
    }

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** The configured command line, writing to the given streams: used by main and by tests. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CarecoopCommand root = new CarecoopCommand();
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(new Errors.BadArguments());
        cli.setExecutionExceptionHandler(new Errors.Failure(root));
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false)
                .description("Print a bash/zsh completion script: source <(carecoop generate-completion)");
        return cli;
    }
}
