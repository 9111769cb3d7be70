package org.carecoop.cli;

import java.io.PrintWriter;
import java.util.List;
import org.carecoop.CarecoopException;
import picocli.CommandLine;

/** The one place where failures become messages and exit codes (see the exit codes in --help). */
final class Errors {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int INVALID_INPUT = 2;

    private Errors() {}

    /** A mistyped command line: one line with a suggestion and where to find help; exit code 2. */
    static final class BadArguments implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            String message = ex.getMessage();
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
                String arg = unmatched.getUnmatched().get(0);
                message = (arg.startsWith("-") ? "unknown option '" : cmd.getSubcommands().isEmpty()
                        ? "unexpected argument '" : "unknown subcommand '") + arg + "'";
                List<String> suggestions = unmatched.getSuggestions();
                if (!suggestions.isEmpty()) {
                    message += " (did you mean '" + suggestions.get(0) + "'?)";
                }
            }
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + lowerFirst(message)
                    + "; see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
            err.flush();
            return INVALID_INPUT;
        }
    }

    /** A failure while running: the user's to fix (exit 2) or carecoop's (exit 1). */
    static final class Failure implements CommandLine.IExecutionExceptionHandler {
        private final CarecoopCommand root;

        Failure(CarecoopCommand root) {
            this.root = root;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
            PrintWriter err = cmd.getErr();
            if (ex instanceof CarecoopException user) {
                user.lines().forEach(err::println);
                err.flush();
                return INVALID_INPUT;
            }
            // one line: the first of a message that has several; --verbose prints it whole
            String what = ex.toString().contains("\n") ? ex.toString().lines().findFirst().orElse("") + " ..." : ex.toString();
            err.println("carecoop: unexpected failure: " + what + (root.verbose ? ""
                    : " (run again with --verbose for details, and please report it)"));
            if (root.verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return FAILURE;
        }
    }

    private static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "invalid arguments";
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
