package org.carecoop.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carecoop.CarecoopException;
import org.carecoop.scenario.Suggest;
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
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + lowerFirst(plainWords(message))
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

    private static final Pattern JAVA_TYPE = Pattern.compile("is not an? (long|int|integer|short|byte)\\b");
    private static final Pattern DECIMAL_TYPE = Pattern.compile("is not an? (double|float)\\b");
    private static final Pattern CHOICE = Pattern.compile("expected one of \\[(.*)] \\(case-insensitive\\) but was '(.*)'");

    /**
     * picocli's messages in the user's words: "'abc' is not a long" names a Java type, so it becomes "is not
     * a whole number"; a mistyped choice gets a "did you mean".
     */
    static String plainWords(String message) {
        if (message == null) {
            return null;
        }
        String text = JAVA_TYPE.matcher(message).replaceAll("is not a whole number (such as 2000)");
        text = DECIMAL_TYPE.matcher(text).replaceAll("is not a number (such as 2.5)");
        Matcher choice = CHOICE.matcher(text);
        if (choice.find()) {
            String hint = Suggest.hint(choice.group(2), List.of(choice.group(1).split(",\\s*")));
            text = text.substring(0, choice.start()) + "'" + choice.group(2) + "' is not one of " + choice.group(1)
                    + (hint.isEmpty() ? "" : " (" + hint + ")") + text.substring(choice.end());
        }
        return text;
    }

    private static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "invalid arguments";
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
