package org.carecoop.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carecoop.scenario.FieldSpec;
import org.carecoop.scenario.FormatReference;
import org.carecoop.scenario.RecordSpec;
import org.carecoop.statutory.StatutoryParameter;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** docs/scenario-format.md is generated; these tests keep the committed copy current and complete. */
class FormatReferenceTest {
    private static final Path DOC = Path.of("docs", "scenario-format.md");

    @Test
    void committedReferenceIsUpToDate() throws IOException {
        assertCurrent(DOC, FormatReference.markdown(), FormatReference.COMMAND);
    }

    /** Fails, naming the first line that differs and the command to run, when a generated doc is out of date. */
    static void assertCurrent(Path doc, String generated, String command) throws IOException {
        String message = doc + " is out of date with the descriptions in the code; regenerate it with\n    "
                + command + "\n";
        assertThat(Files.exists(doc)).as(message).isTrue();
        String committed = Files.readString(doc, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!generated.equals(committed)) {
            fail(message + firstDifference(committed, generated));
        }
    }

    /** The first line that differs, so the message says what changed without printing both files. */
    static String firstDifference(String committed, String generated) {
        String[] a = committed.split("\n", -1);
        String[] b = generated.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String was = i < a.length ? a[i] : "(end of file)";
            String now = i < b.length ? b[i] : "(end of file)";
            if (!was.equals(now)) {
                return "first difference, line " + (i + 1) + ":\n  committed: " + was + "\n  generated: " + now;
            }
        }
        return "";
    }

    @Test
    void firstDifferenceNamesTheLine() {
        assertThat(firstDifference("a\nb\n", "a\nc\n")).contains("line 2").contains("committed: b")
                .contains("generated: c");
        assertThat(firstDifference("a", "a\nb")).contains("line 2").contains("(end of file)");
    }

    @Test
    void referenceTellsHowToRegenerateItself() {
        assertThat(FormatReference.markdown()).contains(FormatReference.COMMAND);
    }

    @Test
    void everyKeyOfEveryBlockHasARow() {
        String md = FormatReference.markdown();
        List<String> missing = new ArrayList<>();
        collect(RecordSpec.scenario(), md, missing);
        for (StatutoryParameter p : StatutoryParameter.values()) {
            if (!md.contains("| `" + p.key() + "` |")) {
                missing.add("statutory." + p.key());
            }
        }
        assertThat(missing).as("keys without a row in the reference").isEmpty();
    }

    @Test
    void everyNestedBlockHasItsOwnSection() {
        String md = FormatReference.markdown();
        for (String path : List.of("provider", "clients", "care_workers", "funding.loans", "funding.community_shares",
                "surplus")) {
            assertThat(md).contains("## `" + path + "`");
        }
    }

    @Test
    void yamlExamplesInTheReferenceAreValidYaml() {
        // A fence may be indented (an example inside a list item); its lines are indented as much.
        Matcher blocks = Pattern.compile("(?m)^( *)```yaml\\n(.*?)^\\1```", Pattern.DOTALL)
                .matcher(FormatReference.markdown());
        YAMLMapper yaml = YAMLMapper.builder().build();
        int count = 0;
        while (blocks.find()) {
            String block = blocks.group(2).replaceAll("(?m)^" + blocks.group(1), "");
            assertThat(yaml.readTree(block).isObject()).as(block).isTrue();
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(3);
    }

    @Test
    void listItemNamingReadsAsASentence() {
        // One naming key must not leave a stray bracket: "by its `role`)."
        assertThat(FormatReference.markdown()).doesNotContain("by its `role`)").contains("by its `role`, as in");
    }

    private static void collect(RecordSpec spec, String md, List<String> missing) {
        for (FieldSpec field : spec.fields()) {
            if (!md.contains("| `" + field.key() + "` |")) {
                missing.add(spec.type().getSimpleName() + "." + field.key());
            }
            if (field.kind() == FieldSpec.Kind.RECORD || field.kind() == FieldSpec.Kind.RECORD_LIST) {
                collect(field.nested(), md, missing);
            }
        }
    }
}
