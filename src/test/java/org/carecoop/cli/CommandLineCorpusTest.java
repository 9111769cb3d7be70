package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-command-line corpus: every line of src/test/resources/cli/bad-command-lines.txt is a command a
 * user could mistype, with the exit code and a fragment of the one line carecoop must answer. Each case
 * runs on fresh copies of the shipped scenarios, and must print exactly one line, show no stack trace,
 * and leave every file in its folder as it was (a refused command writes nothing).
 */
class CommandLineCorpusTest {
    /** One case: the line it was read from, the exit code, the fragment and the arguments with placeholders. */
    record Case(int line, int exit, String fragment, List<String> args) {
        @Override
        public String toString() {
            return "line " + line + ": " + String.join(" ", args);
        }
    }

    static Stream<Case> cases() throws IOException, URISyntaxException {
        Path file = Path.of(Objects.requireNonNull(CommandLineCorpusTest.class.getResource("/cli/bad-command-lines.txt"),
                "cli/bad-command-lines.txt").toURI());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" \\| ", 3);
            if (parts.length != 3) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected EXIT | FRAGMENT | ARGUMENTS");
            }
            cases.add(new Case(i + 1, Integer.parseInt(parts[0].trim()), parts[1].trim(), words(parts[2].trim())));
        }
        return cases.stream();
    }

    /** Splits at spaces, keeping 'quoted text' together. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char ch : text.toCharArray()) {
            if (ch == '\'') {
                quoted = !quoted;
                any = true;
            } else if (ch == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(ch);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }

    @Test
    void theCorpusIsLargeEnough() throws Exception {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void wordsAreSplitAtSpacesOutsideQuotes() {
        assertThat(words("run a  --set 'x=a b' ''")).containsExactly("run", "a", "--set", "x=a b", "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachBadCommandLineGetsOneClearLine(Case c, @TempDir Path dir) throws IOException {
        Map<String, String> places = new TreeMap<>();
        Path plan = Files.copy(Path.of("scenarios/start-up-worker-coop.yaml"), dir.resolve("plan.yaml"));
        places.put("{plan}", plan.toString());
        places.put("{plan.txt}", Files.copy(plan, dir.resolve("plan.txt")).toString());
        places.put("{compare}", Files.copy(Path.of("scenarios/provider-comparison.yaml"), dir.resolve("compare.yaml")).toString());
        places.put("{single}", Files.copy(Path.of("src/test/resources/model/small-council.yaml"), dir.resolve("single.yaml")).toString());
        places.put("{dir}", dir.toString());
        Map<Path, String> before = contents(dir);

        String[] args = c.args().stream().map(a -> fill(a, places)).toArray(String[]::new);
        Cli.Run run = Cli.run(args);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(c.exit());
        assertThat(run.lines()).as("one line\n" + run).hasSize(1);
        assertThat(run.lines().get(0)).as(run.toString()).contains(fill(c.fragment(), places));
        assertThat(run.all()).as(run.toString()).doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("unexpected failure");
        assertThat(contents(dir)).as("a refused command changes no file").isEqualTo(before);
    }

    private static String fill(String text, Map<String, String> places) {
        String filled = text;
        for (Map.Entry<String, String> e : places.entrySet()) {
            filled = filled.replace(e.getKey(), e.getValue());
        }
        return filled;
    }

    /** Every file under a folder with a digest of its bytes. */
    private static Map<Path, String> contents(Path dir) throws IOException {
        Map<Path, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(f -> found.put(dir.relativize(f), digest(f)));
        }
        return found;
    }

    private static String digest(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
