package org.carecoop.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
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
            CharterCommand.class,
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

    /** Whether standard error is a terminal, where long runs draw a progress bar. */
    private final boolean errIsTerminal;
    /** The time in nanoseconds, for the progress bar's pace. */
    private final LongSupplier clock;

    private CarecoopCommand(boolean errIsTerminal, LongSupplier clock) {
        this.errIsTerminal = errIsTerminal;
        this.clock = clock;
    }

    boolean errIsTerminal() {
        return errIsTerminal;
    }

    LongSupplier clock() {
        return clock;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is needed");
    }

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true), Terminal.stderr())
                .execute(args));
    }

    /** The configured command line, writing to the given streams, which are not a terminal (no progress bars). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, false);
    }

    /**
     * The configured command line, writing to the given streams: used by main and by tests.
     *
     * @param errIsTerminal whether {@code err} is a terminal, where long runs show a progress bar
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean errIsTerminal) {
        return commandLine(out, err, errIsTerminal, System::nanoTime);
    }

    /** As above, with the clock a progress bar keeps time by (nanoseconds): tests give one they control. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean errIsTerminal, LongSupplier clock) {
        CarecoopCommand root = new CarecoopCommand(errIsTerminal, clock);
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
