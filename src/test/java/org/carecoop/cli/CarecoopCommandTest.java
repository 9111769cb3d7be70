package org.carecoop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.carecoop.CarecoopException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CarecoopCommandTest {
    @TempDir
    Path dir;

    // --- help, version, mistakes on the command line ---

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Cli.Run run = Cli.run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("validate", "init", "params", "schema", "generate-completion", "help")
                .contains("Exit codes:")
                .containsPattern("0\\s+success")
                .containsPattern("1\\s+unexpected failure")
                .containsPattern("2\\s+invalid input");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void versionPrintsAVersion() {
        Cli.Run run = Cli.run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("carecoop ").containsPattern("carecoop \\S+").contains("Java ");
        assertThat(run.out().lines().findFirst().orElseThrow()).doesNotEndWith("unknown");
    }

    @Test
    void aMistypedSubcommandIsOneLineWithASuggestion() {
        Cli.Run run = Cli.run("valdate", "plan.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.lines()).singleElement().asString()
                .contains("unknown subcommand 'valdate'")
                .contains("did you mean 'validate'")
                .contains("see 'carecoop --help'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--colour", "-x"})
    void anUnknownOptionIsOneLine(String option) {
        Cli.Run run = Cli.run("validate", option, "plan.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.lines()).singleElement().asString()
                .isEqualTo("carecoop validate: unknown option '" + option + "'; see 'carecoop validate --help'");
    }

    @Test
    void aMistypedOptionIsOneLineWithASuggestion() {
        Cli.Run run = Cli.run("params", "--formt", "csv", "plan.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.lines()).singleElement().asString().contains("unknown option '--formt'").contains("--format");
    }

    @Test
    void noSubcommandIsOneLine() {
        Cli.Run run = Cli.run();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.lines()).singleElement().asString().contains("a subcommand is needed");
    }

    @Test
    void aMissingFileArgumentIsOneLine() {
        Cli.Run run = Cli.run("params");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.lines()).singleElement().asString().contains("missing required parameter: 'FILE'");
    }

    @Test
    void aBadOptionValueIsOneLine() {
        Cli.Run run = Cli.run("params", "--format", "xml", "plan.yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.lines()).singleElement().asString().contains("--format").contains("xml");
    }

    // --- init ---

    @ParameterizedTest
    @ValueSource(strings = {"worker-coop", "community-benefit-society", "for-profit"})
    void initWritesAStarterThatValidates(String template) {
        Path file = dir.resolve(template + "-plan.yaml");
        Cli.Run init = Cli.run("init", "--template", template, file.toString());
        assertThat(init.exitCode()).as(init.toString()).isZero();
        assertThat(init.out()).contains("wrote " + file).contains(template);
        assertThat(file).isRegularFile();
        Cli.Run validate = Cli.run("validate", file.toString());
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        assertThat(validate.out()).startsWith(file + ": ok");
    }

    @Test
    void initUsesTheWorkerCoopTemplateByDefault() throws IOException {
        Path file = dir.resolve("plan.yaml");
        assertThat(Cli.run("init", file.toString()).exitCode()).isZero();
        try (var template = InitCommand.class.getResourceAsStream("/org/carecoop/templates/worker-coop.yaml")) {
            assertThat(Files.readString(file)).isEqualTo(new String(template.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void initNeverOverwrites() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.yaml"), "scenario: mine, do not touch\n");
        Cli.Run run = Cli.run("init", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.lines()).singleElement().asString().contains("already exists").contains("nothing was written");
        assertThat(Files.readString(file)).isEqualTo("scenario: mine, do not touch\n");
    }

    @Test
    void initRefusesAnUnknownTemplateWithASuggestion() {
        Cli.Run run = Cli.run("init", "--template", "worker-co-op", dir.resolve("plan.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.lines()).singleElement().asString().contains("no template 'worker-co-op'")
                .contains("did you mean 'worker-coop'?");
        assertThat(dir.resolve("plan.yaml")).doesNotExist();
    }

    @Test
    void initWantsAYamlName() {
        Cli.Run run = Cli.run("init", dir.resolve("plan.txt").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.lines()).singleElement().asString().contains("should end in .yaml");
    }

    // --- validate and params ---

    static Stream<Path> shippedScenarios() throws IOException {
        Path scenarios = Path.of("scenarios");
        try (Stream<Path> files = Files.list(scenarios)) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).as("shipped scenarios").isNotEmpty();
            return yaml.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void everyShippedScenarioValidates(Path scenario) {
        Cli.Run run = Cli.run("validate", scenario.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith(scenario + ": ok");
        assertThat(run.lines()).as("anything else printed is a located warning")
                .allSatisfy(line -> assertThat(line).matches(".+: ok.*|.+:\\d+:\\d+: .+: warning: .+"));
    }

    /** A small plan of this test's own, so figures in the shipped scenarios can change freely. */
    private Path plan() throws IOException {
        // the loader tests' minimal plan, with one variant
        return Files.writeString(dir.resolve("plan.yaml"), org.carecoop.scenario.ScenarioLoaderTest.MINIMAL + """
                variants:
                  lower-fee:
                    clients[council].fee_per_hour: 22.71
                """);
    }

    @Test
    void paramsWritesACsvFile() throws IOException {
        Path plan = plan();
        Path out = dir.resolve("out.csv");
        Cli.Run run = Cli.run("params", plan.toString(), "--format", "csv", "-o", out.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("wrote \\d+ parameters to " + java.util.regex.Pattern.quote(out.toString()));
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("path,value,unit,origin,source");
        assertThat(lines).contains("clients[council].fee_per_hour,24.10,GBP/hour," + plan + ":9:19,");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("care_workers.turnover,28.5%,%/year,default,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("statutory.national_living_wage,12.71,GBP/hour,"));
    }

    @Test
    void paramsWritesCsvForACsvNameWithoutBeingAsked() throws IOException {
        Path out = dir.resolve("params.csv");
        assertThat(Cli.run("params", plan().toString(), "-o", out.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(out).get(0)).isEqualTo("path,value,unit,origin,source");
    }

    @Test
    void paramsPrintsATableWithTheVariantAndOverridesShown() throws IOException {
        Path plan = plan();
        Cli.Run run = Cli.run("params", plan.toString(), "--variant", "lower-fee", "--set", "care_workers.turnover=12%");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Minimal plan (lower-fee)")
                .containsPattern("care_workers\\.turnover\\s+12%\\s+%/year\\s+--set care_workers\\.turnover=12%")
                .containsPattern("clients\\[council\\]\\.fee_per_hour\\s+22\\.71\\s+GBP/hour\\s+"
                        + java.util.regex.Pattern.quote(plan + ":14:36"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"scenario.yaml", "copy.yml", "PLAN.YAML"})
    void paramsRefusesToWriteOverAScenario(String name) throws IOException {
        Path target = dir.resolve(name);
        Cli.Run run = Cli.run("params", plan().toString(), "-o", target.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.lines()).singleElement().asString().contains("refusing to write output to");
        assertThat(target).doesNotExist();
    }

    @Test
    void paramsRefusesToWriteOverTheScenarioItselfWhateverItsName() throws IOException {
        Path scenario = Files.move(plan(), dir.resolve("plan.txt"));
        byte[] before = Files.readAllBytes(scenario);
        Cli.Run run = Cli.run("params", scenario.toString(), "-o", scenario.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.all()).contains("refusing to write output over the scenario");
        assertThat(Files.readAllBytes(scenario)).isEqualTo(before);
    }

    @Test
    void paramsReportsAFolderThatDoesNotExistAsOneLine() throws IOException {
        Cli.Run run = Cli.run("params", plan().toString(), "-o", dir.resolve("no/such/out.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.lines()).singleElement().asString().contains("does not exist");
    }

    // --- schema and completion ---

    @Test
    void schemaPrintsJsonSchema() {
        Cli.Run run = Cli.run("schema");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{").contains("\"clients\"").contains("\"care_workers\"");
        assertThat(run.out().strip()).endsWith("}");
    }

    @Test
    void schemaWritesAFile() throws IOException {
        Path out = dir.resolve("carecoop-schema.json");
        Cli.Run run = Cli.run("schema", "-o", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out)).startsWith("{").contains("\"clients\"");
    }

    @Test
    void schemaRefusesToWriteOverAScenario() throws IOException {
        Path plan = Files.writeString(dir.resolve("my-plan.yaml"), "scenario: mine\n");
        Cli.Run run = Cli.run("schema", "-o", plan.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.lines()).singleElement().asString().contains("refusing to write output to");
        assertThat(Files.readString(plan)).isEqualTo("scenario: mine\n");
    }

    @Test
    void anOutputThatIsARootFolderIsOneLine() throws IOException {
        Path root = dir.getRoot();
        Cli.Run run = Cli.run("params", plan().toString(), "-o", root.toString());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.lines()).singleElement().asString().contains("it is a folder");
    }

    @Test
    void generateCompletionPrintsABashScript() {
        Cli.Run run = Cli.run("generate-completion");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("#!/usr/bin/env bash").contains("complete ").contains("carecoop")
                .contains("validate");
    }

    // --- unexpected failures ---

    /** A command that fails as a bug in carecoop would: with an exception that is not a CarecoopException. */
    @CommandLine.Command(name = "fail")
    static final class Fail implements Runnable {
        @Override
        public void run() {
            throw new IllegalStateException("something impossible happened");
        }
    }

    /** A command that fails as a user's mistake does. */
    @CommandLine.Command(name = "refuse")
    static final class Refuse implements Runnable {
        @Override
        public void run() {
            throw new CarecoopException("that cannot be done");
        }
    }

    private static Cli.Run runWithExtraCommands(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CarecoopCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        cli.addSubcommand(new Fail());
        cli.addSubcommand(new Refuse());
        // setOut and setErr reach only the subcommands there when they are called
        Stream.of("fail", "refuse").map(cli.getSubcommands()::get).forEach(sub -> {
            sub.setOut(cli.getOut());
            sub.setErr(cli.getErr());
        });
        int code = cli.execute(args);
        return new Cli.Run(code, out.toString(), err.toString());
    }

    @Test
    void anUnexpectedExceptionIsExitCodeOneWithOneLineAndNoStackTrace() {
        Cli.Run run = runWithExtraCommands("fail");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.lines()).singleElement().asString()
                .startsWith("carecoop: unexpected failure: ")
                .contains("something impossible happened")
                .contains("--verbose");
        assertThat(run.all()).doesNotContain("\tat ");
    }

    @Test
    void verboseAddsTheStackTrace() {
        Cli.Run run = runWithExtraCommands("--verbose", "fail");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("something impossible happened").contains("\tat ");
    }

    @Test
    void aUsersMistakeIsExitCodeTwoWithItsMessageOnly() {
        Cli.Run run = runWithExtraCommands("refuse");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.lines()).containsExactly("that cannot be done");
    }

    @Test
    void anUnexpectedMessageOfSeveralLinesStaysOneLine() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cli = CarecoopCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        int code = cli.getExecutionExceptionHandler().handleExecutionException(
                new IllegalArgumentException("first line\nsecond line"), cli, null);
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("carecoop: unexpected failure: java.lang.IllegalArgumentException: first line ...");
    }

    @Test
    void theFailureHandlerMapsExceptionsToExitCodes() {
        StringWriter err = new StringWriter();
        CommandLine cli = CarecoopCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        Errors.Failure failure = new Errors.Failure(cli.getCommand());
        assertThat(failure.handleExecutionException(new NullPointerException("x is null"), cli, null)).isEqualTo(1);
        assertThat(failure.handleExecutionException(new CarecoopException("bad plan"), cli, null)).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                "carecoop: unexpected failure: java.lang.NullPointerException: x is null (run again with --verbose for "
                        + "details, and please report it)",
                "bad plan");
    }
}
