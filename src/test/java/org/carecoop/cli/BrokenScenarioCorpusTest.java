package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carecoop.scenario.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The broken-scenario corpus: every file in src/test/resources/broken/ is a scenario with one
 * mistake a user could make, and says in its header what carecoop must answer:
 *
 * <pre>
 * # what the case is
 * # run: params --variant cheapr          (optional: the command, the file going after its first word; default validate)
 * # expect: 11:19 | clients[council].fee_per_hour | thousands separators
 * </pre>
 *
 * The expectation is the place (LINE:COLUMN in this file, OTHER.yaml:LINE:COLUMN in a file beside
 * it, a command-line origin such as {@code --set x=1}, or {@code ok} for a case that must load), the
 * parameter path (empty for the file as a whole) and a fragment of the message. Every case must exit
 * with code 2, print the problem as PLACE: PATH: message on one line, and show nothing like a stack
 * trace. Files that cannot carry a header (empty, binary, too big, a folder) are made by the tests
 * at the end.
 */
class BrokenScenarioCorpusTest {

    /** One case of the corpus, read from a file's header. */
    record Case(String name, Path file, List<String> args, String place, String path, String fragment) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Path corpus() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(BrokenScenarioCorpusTest.class.getResource("/broken"), "broken/ corpus").toURI());
    }

    static Stream<Case> cases() throws IOException, URISyntaxException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                cases.add(read(file));
            }
        }
        return cases.stream();
    }

    private static Case read(Path file) throws IOException {
        String run = "validate";
        String expect = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# run: ")) {
                run = line.substring("# run: ".length()).trim();
            } else if (line.startsWith("# expect: ")) {
                expect = line.substring("# expect: ".length()).trim();
            }
        }
        if (expect == null) {
            throw new IllegalStateException(file + " has no '# expect:' line");
        }
        String[] words = run.split(" +");
        List<String> args = new ArrayList<>();
        args.add(words[0]);
        args.add(file.toString());
        args.addAll(Arrays.asList(words).subList(1, words.length));
        String[] parts = expect.split(" \\| ", 3);
        String name = file.getFileName().toString();
        if (parts.length == 1) {
            return new Case(name, file, args, parts[0].trim(), "", "");
        }
        if (parts.length != 3) {
            throw new IllegalStateException(file + ": '# expect: PLACE | PATH | MESSAGE' has " + parts.length + " parts");
        }
        return new Case(name, file, args, parts[0].trim(), parts[1].trim(), parts[2].trim());
    }

    @Test
    void theCorpusIsLargeEnough() throws Exception {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseIsReportedAtItsPlace(Case c) {
        Cli.Run run = Cli.run(c.args().toArray(String[]::new));
        if (c.place().equals("ok")) {
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).contains(c.file() + ": ok");
            return;
        }
        assertReported(run, prefix(c), c.path(), c.fragment());
    }

    /** Where a case's problem must be shown: the text its line starts with, before ": ". */
    private static String prefix(Case c) {
        if (c.place().startsWith("--")) {
            return c.place();
        }
        if (c.place().matches("\\d+:\\d+")) {
            return c.file() + ":" + c.place();
        }
        Matcher inOtherFile = Pattern.compile("(.+\\.yaml):(\\d+:\\d+)").matcher(c.place());
        if (inOtherFile.matches()) {
            return c.file().resolveSibling(inOtherFile.group(1)) + ":" + inOtherFile.group(2);
        }
        throw new IllegalStateException(c + ": cannot read the place '" + c.place() + "'");
    }

    /**
     * Checks a run failed with exit code 2 and reported the problem on one line,
     * {@code PLACE: PATH: message}, with every other line a located problem too and no stack trace.
     */
    static void assertReported(Cli.Run run, String place, String path, String fragment) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        String start = place + ": " + (path.isEmpty() ? "" : path + ": ");
        assertThat(run.lines()).as(run.toString())
                .anySatisfy(line -> assertThat(line).startsWith(start).contains(fragment));
        assertThat(run.lines()).as("every line is one located problem\n" + run)
                .allSatisfy(line -> assertThat(line).matches("(.+:\\d+:\\d+|--.+?): .+"));
        assertThat(run.all()).as(run.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    // Cases that cannot be written as a corpus file with a header.

    @Test
    void anEmptyFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("empty.yaml"), "");
        assertReported(Cli.run("validate", file.toString()), file + ":1:1", "", "the file is empty");
    }

    @Test
    void aFileOfBlankLines(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("blank.yaml"), "\n   \n\n");
        assertReported(Cli.run("validate", file.toString()), file + ":1:1", "", "the file is empty");
    }

    @Test
    void aBinaryFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("binary.yaml"), new byte[] {'s', 'c', 'e', 0, 1, 2, (byte) 0xff, '\n'});
        assertReported(Cli.run("validate", file.toString()), file + ":1:1", "", "a binary file, not a scenario");
    }

    @Test
    void aFileThatIsNotUtf8(@TempDir Path dir) throws IOException {
        // "café" in Latin-1, as an old spreadsheet export might write it
        Path file = Files.write(dir.resolve("latin1.yaml"), "scenario: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertReported(Cli.run("validate", file.toString()), file + ":1:1", "", "not UTF-8");
    }

    @Test
    void aFileInUtf16(@TempDir Path dir) throws IOException {
        // what Windows Notepad saves as "Unicode"
        Path file = Files.write(dir.resolve("utf16.yaml"), "scenario: Plan\n".getBytes(StandardCharsets.UTF_16));
        assertReported(Cli.run("validate", file.toString()), file + ":1:1", "", "the file is UTF-16 text");
    }

    @Test
    void aFolderGivenAsTheFile(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("plans.yaml"));
        assertReported(Cli.run("validate", folder.toString()), folder + ":1:1", "", "is a folder, not a scenario file");
        assertReported(Cli.run("params", folder.toString()), folder + ":1:1", "", "is a folder");
    }

    @Test
    void aMissingFile(@TempDir Path dir) {
        Path file = dir.resolve("no-such-plan.yaml");
        assertReported(Cli.run("validate", file.toString()), file + ":1:1", "", "file not found");
        assertReported(Cli.run("params", file.toString()), file + ":1:1", "", "file not found");
    }

    @Test
    void aFileOverTheSizeLimit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.yaml");
        byte[] line = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("scenario: huge\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written <= YamlReader.MAX_BYTES; written += line.length) {
                out.write(line);
            }
        }
        assertReported(Cli.run("validate", file.toString()), file + ":1:1", "", "over the 5 MB limit");
        assertThat(Cli.run("validate", file.toString()).all()).contains("file is 5.0 MB");
    }

    @Test
    void everyProblemInOneFileIsReportedInOnePass(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("three.yaml"), """
                scenario: Three mistakes
                start: 2026-04
                years: 1
                clients:
                  - stream: council
                    target: ten
                    hours_per_week: 9
                    visit_minutes: 45
                    fee_per_hour: £24.10
                care_workers:
                  wage_per_hr: 13.45
                """);
        Cli.Run run = Cli.run("validate", file.toString());
        assertReported(run, file + ":6:13", "clients[council].target", "expected a number");
        assertReported(run, file + ":9:19", "clients[council].fee_per_hour", "currency sign");
        assertReported(run, file + ":11:3", "care_workers.wage_per_hr", "did you mean 'wage_per_hour'?");
    }

    @Test
    void validateGoesOnToTheNextFileAfterABrokenOne(@TempDir Path dir) throws Exception {
        Path good = corpus().resolve("anchors-and-aliases.yaml");
        Path missing = dir.resolve("missing.yaml");
        Cli.Run run = Cli.run("validate", missing.toString(), good.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(missing + ":1:1: file not found").contains(good + ": ok");
    }
}
