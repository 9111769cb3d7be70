package org.carecoop.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carecoop.scenario.CharterFile;
import org.carecoop.scenario.CharterReference;
import org.carecoop.scenario.FieldSpec;
import org.carecoop.scenario.RecordSpec;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** docs/charters.md is generated from the charter format; these tests keep the committed copy current and complete. */
class CharterReferenceTest {
    private static final Path DOC = Path.of("docs", "charters.md");

    @Test
    void committedReferenceIsUpToDate() throws IOException {
        FormatReferenceTest.assertCurrent(DOC, CharterReference.markdown(), CharterReference.COMMAND);
    }

    @Test
    void everyKeyAndEveryCheckHasARow() {
        String md = CharterReference.markdown();
        for (Class<? extends Record> type : java.util.List.of(CharterFile.class, CharterFile.Requirement.class)) {
            for (FieldSpec field : RecordSpec.of(type).fields()) {
                assertThat(md).contains("| `" + field.key() + "` |");
            }
        }
        for (CharterFile.Check check : CharterFile.Check.values()) {
            assertThat(md).contains("| `" + check.key() + "` |");
        }
        assertThat(md).contains(CharterReference.COMMAND);
    }

    @Test
    void yamlExamplesAreValidYaml() {
        Matcher blocks = Pattern.compile("(?m)^```yaml\\n(.*?)^```", Pattern.DOTALL).matcher(CharterReference.markdown());
        YAMLMapper yaml = YAMLMapper.builder().build();
        int count = 0;
        while (blocks.find()) {
            assertThat(yaml.readTree(blocks.group(1)).isObject()).isTrue();
            count++;
        }
        assertThat(count).isEqualTo(1);
    }
}
