package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every walkthrough's commands as written: each {@code examples/NAME/README.md} (found by
 * listing the folder, so a new walkthrough is included without changing this test), each fenced
 * {@code console} block, each line starting {@code $ ./carecoop }, through the command line in this
 * process, from the repository root. The rules are in examples/README.md: a command must exit 0
 * unless it ends with {@code # exit N}; the lines shown under it must appear in what it printed, in
 * order ({@code ...} skips); files the repository does not have, and every {@code -o} file, are made
 * in a temporary folder so the walkthroughs can write and reuse files without touching the checkout.
 */
class ExampleReadmesTest {
    private static final Pattern EXIT = Pattern.compile("\\s+#\\s*exit\\s+(\\d+)\\s*$");
    private static final Pattern FILE_LIKE = Pattern.compile("[^=\\s]+\\.(yaml|yml|xlsx|json|csv|md)");
    private static final String PROMPT = "$ ./carecoop ";

    @TempDir
    static Path scratch;

    /** One command of a walkthrough: where it is, its words, the exit it expects and the lines it must print. */
    record Command(String where, List<String> args, int exit, List<String> shown) {}

    static List<Path> walkthroughs() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("examples"))) {
            return folders.map(f -> f.resolve("README.md")).filter(Files::isRegularFile).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyWalkthroughCommand() throws IOException {
        List<Path> readmes = walkthroughs();
        assertThat(readmes).as("walkthroughs in examples/").isNotEmpty();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path readme : readmes) {
            List<Command> commands = commands(readme);
            assertThat(commands).as("%s has ```console blocks with $ ./carecoop commands", readme).isNotEmpty();
            // one folder per walkthrough, shared by its commands in order, so a later command can read a
            // file an earlier one wrote
            Path folder = scratch.resolve(readme.getParent().getFileName().toString());
            List<DynamicTest> tests = new ArrayList<>();
            for (Command c : commands) {
                tests.add(DynamicTest.dynamicTest(c.where() + ": carecoop " + String.join(" ", c.args()),
                        () -> check(c, folder)));
            }
            nodes.add(DynamicContainer.dynamicContainer(readme.toString(), tests.stream()));
        }
        return nodes.stream();
    }

    private static void check(Command c, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> args = new ArrayList<>();
        List<String[]> renamed = new ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) {
            String arg = c.args().get(i);
            boolean output = i > 0 && List.of("-o", "--output").contains(c.args().get(i - 1));
            if (FILE_LIKE.matcher(arg).matches() && (output || !Files.exists(Path.of(arg)))) {
                Path moved = folder.resolve(arg).normalize();
                Files.createDirectories(moved.getParent());
                renamed.add(new String[] {moved.toString(), arg});
                arg = moved.toString();
            }
            args.add(arg);
        }
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        String printed = run.all();
        for (String[] r : renamed) {
            printed = printed.replace(r[0], r[1]);
        }
        assertThat(run.exitCode()).as("%s: exit code of carecoop %s%n%s", c.where(), String.join(" ", c.args()), printed)
                .isEqualTo(c.exit());
        List<String> missing = missingLines(c.shown(), printed.lines().map(String::stripTrailing).toList());
        assertThat(missing).as("%s: lines shown in the README that carecoop %s did not print (in order)%n%s",
                c.where(), String.join(" ", c.args()), printed).isEmpty();
    }

    /** The shown lines not found, in order, among the printed ones; "..." lines skip. */
    static List<String> missingLines(List<String> shown, List<String> printed) {
        List<String> missing = new ArrayList<>();
        int at = 0;
        for (String line : shown) {
            String want = line.stripTrailing();
            if (want.isBlank() || want.strip().equals("...")) {
                continue;
            }
            int found = -1;
            for (int i = at; i < printed.size(); i++) {
                if (printed.get(i).equals(want)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                missing.add(want);
            } else {
                at = found + 1;
            }
        }
        return missing;
    }

    /** The commands of a README's console blocks, with what each is shown to print. */
    static List<Command> commands(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        List<Command> commands = new ArrayList<>();
        boolean inConsole = false;
        Command current = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (!inConsole) {
                inConsole = line.strip().equals("```console");
                continue;
            }
            if (line.strip().equals("```")) {
                inConsole = false;
                current = null;
                continue;
            }
            if (line.startsWith("$ ")) {
                current = null;
                if (!line.startsWith(PROMPT)) {
                    continue;   // another program's command, shown for context: not run
                }
                String where = readme + ":" + (n + 1);
                StringBuilder text = new StringBuilder(line.substring(PROMPT.length()));
                while (text.toString().endsWith("\\") && n + 1 < lines.size()) {
                    text.setLength(text.length() - 1);
                    text.append(' ').append(lines.get(++n).strip());
                }
                String command = text.toString();
                int exit = 0;
                Matcher m = EXIT.matcher(command);
                if (m.find()) {
                    exit = Integer.parseInt(m.group(1));
                    command = command.substring(0, m.start());
                }
                current = new Command(where, words(command, where), exit, new ArrayList<>());
                commands.add(current);
            } else if (current != null) {
                current.shown().add(line);
            }
        }
        return commands;
    }

    /**
     * Splits a command as a POSIX shell would for the simple cases a walkthrough uses: blanks
     * separate words, single quotes keep everything, double quotes keep everything but {@code \"}
     * and {@code \\}, a backslash outside quotes keeps the next character. Pipes, redirection,
     * variables and comments are refused: a walkthrough's command must be one carecoop command.
     */
    static List<String> words(String command, String where) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException(where + ": a single quote is never closed");
                }
                word = word == null ? new StringBuilder() : word;
                word.append(command, i + 1, end);
                i = end;
            } else if (c == '"') {
                word = word == null ? new StringBuilder() : word;
                int j = i + 1;
                for (; j < command.length() && command.charAt(j) != '"'; j++) {
                    char d = command.charAt(j);
                    if (d == '\\' && j + 1 < command.length() && "\"\\$`".indexOf(command.charAt(j + 1)) >= 0) {
                        d = command.charAt(++j);
                    } else if (d == '$' || d == '`') {
                        throw new IllegalArgumentException(where + ": no variables or substitutions in a walkthrough command");
                    }
                    word.append(d);
                }
                if (j >= command.length()) {
                    throw new IllegalArgumentException(where + ": a double quote is never closed");
                }
                i = j;
            } else if (c == '\\' && i + 1 < command.length()) {
                word = word == null ? new StringBuilder() : word;
                word.append(command.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if ("|&;<>$`()".indexOf(c) >= 0 || (c == '#' && word == null)) {
                throw new IllegalArgumentException(where + ": '" + c + "' needs a shell; a walkthrough command is one "
                        + "carecoop command (mark an expected failure with '# exit N' at the end)");
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    @Test
    void wordsAreSplitAsTheShellSplitsThem() {
        assertThat(words("solve s.yaml --for 'clients[council].fee_per_hour' --target break-even", "t"))
                .containsExactly("solve", "s.yaml", "--for", "clients[council].fee_per_hour", "--target", "break-even");
        assertThat(words("run s.yaml --set \"care_workers.turnover=12%\" --set a\\ b", "t"))
                .containsExactly("run", "s.yaml", "--set", "care_workers.turnover=12%", "--set", "a b");
        assertThat(words("solve s.yaml --target 'cash>=20000'", "t")).containsExactly("solve", "s.yaml", "--target",
                "cash>=20000");
        assertThatThrownBy(() -> words("run s.yaml | head", "README.md:3")).hasMessageContaining("README.md:3")
                .hasMessageContaining("'|'");
        assertThatThrownBy(() -> words("run s.yaml > out.txt", "t")).hasMessageContaining("'>'");
        assertThatThrownBy(() -> words("run 'open", "t")).hasMessageContaining("never closed");
        assertThatThrownBy(() -> words("run s.yaml # a comment", "t")).hasMessageContaining("'#'");
        assertThat(words("run a#b.yaml", "t")).containsExactly("run", "a#b.yaml");
    }

    @Test
    void readsCommandsExitsAndShownLines(@TempDir Path dir) throws IOException {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, String.join("\n",
                "Some text.", "```console", "$ ./carecoop run a.yaml \\", "    --format json", "line one", "...",
                "line two", "$ ./carecoop validate broken.yaml   # exit 2", "broken.yaml:3:1: oops", "$ ls",
                "not checked", "```", "```sh", "$ ./carecoop not-run", "```", ""));
        List<Command> commands = commands(readme);
        assertThat(commands).hasSize(2);
        assertThat(commands.get(0).args()).containsExactly("run", "a.yaml", "--format", "json");
        assertThat(commands.get(0).exit()).isZero();
        assertThat(commands.get(0).shown()).containsExactly("line one", "...", "line two");
        assertThat(commands.get(0).where()).endsWith("README.md:3");
        assertThat(commands.get(1).args()).containsExactly("validate", "broken.yaml");
        assertThat(commands.get(1).exit()).isEqualTo(2);
        assertThat(commands.get(1).shown()).containsExactly("broken.yaml:3:1: oops");
    }

    @Test
    void shownLinesMustAppearInOrder() {
        List<String> printed = List.of("a", "b", "c", "d");
        assertThat(missingLines(List.of("a", "...", "c"), printed)).isEmpty();
        assertThat(missingLines(List.of("c", "b"), printed)).containsExactly("b");
        assertThat(missingLines(List.of("x"), printed)).containsExactly("x");
    }
}
