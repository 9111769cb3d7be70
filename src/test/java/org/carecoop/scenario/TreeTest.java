package org.carecoop.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TreeTest {
    private static final Source CLI = Source.commandLine("--set test");

    private static Node.MapNode tree(String yaml) {
        return (Node.MapNode) YamlReader.readText("plan.yaml", yaml);
    }

    private static Node.Scalar value(String yaml) {
        return (Node.Scalar) YamlReader.readText("--set test", yaml);
    }

    /** The scalar text at a path, following list items by their names. */
    private static String at(Node.MapNode root, String path) {
        Node node = root;
        for (ParamPath.Segment s : ParamPath.parse(path).segments()) {
            node = ((Node.MapNode) node).get(s.key()).orElseThrow(() -> new AssertionError("no " + s.key() + " in " + path));
            if (s.item() != null) {
                Node.ListNode list = (Node.ListNode) node;
                node = list.items().stream().filter(i -> ((Node.MapNode) i).entries().values().stream()
                        .anyMatch(e -> e.value() instanceof Node.Scalar v && v.text().equals(s.item())))
                        .findFirst().orElseThrow(() -> new AssertionError("no item " + s.item()));
            }
        }
        return ((Node.Scalar) node).text();
    }

    private static final String PLAN = """
            scenario: Plan
            care_workers:
              wage_per_hour: 13.45
              turnover: 15%
            clients:
              - {stream: council, target: 60, fee_per_hour: 24.10}
              - {stream: self-funded, target: 15, fee_per_hour: 30}
            surplus: {reserves_months: 3, worker_dividend: 50%}
            """;

    @Test
    void setReplacesOneValueAndLeavesTheRestAndTheOriginalAlone() {
        Node.MapNode before = tree(PLAN);
        Node.MapNode after = Tree.set(before, ParamPath.parse("care_workers.wage_per_hour"), value("12.71"), CLI);
        assertThat(at(after, "care_workers.wage_per_hour")).isEqualTo("12.71");
        assertThat(at(after, "care_workers.turnover")).isEqualTo("15%");
        assertThat(at(before, "care_workers.wage_per_hour")).as("trees are not mutated").isEqualTo("13.45");
    }

    @Test
    void setFindsAListItemByName() {
        Node.MapNode after = Tree.set(tree(PLAN), ParamPath.parse("clients[self-funded].fee_per_hour"), value("32"), CLI);
        assertThat(at(after, "clients[self-funded].fee_per_hour")).isEqualTo("32");
        assertThat(at(after, "clients[council].fee_per_hour")).isEqualTo("24.10");
    }

    @Test
    void setCreatesBlocksThatAreNotWrittenYet() {
        Node.MapNode after = Tree.set(tree(PLAN), ParamPath.parse("funding.opening_cash"), value("5000"), CLI);
        assertThat(at(after, "funding.opening_cash")).isEqualTo("5000");
        assertThat(((Node.MapNode) after.get("funding").orElseThrow()).source()).isEqualTo(CLI);
    }

    @Test
    void aBlockSetAsAValueIsMergedIntoTheBlockThere() {
        Node.MapNode after = Tree.set(tree(PLAN), ParamPath.parse("surplus"), tree("{owner_dividend: 100%}"), CLI);
        assertThat(at(after, "surplus.owner_dividend")).isEqualTo("100%");
        assertThat(at(after, "surplus.reserves_months")).isEqualTo("3");
        assertThat(at(after, "surplus.worker_dividend")).isEqualTo("50%");
    }

    @Test
    void setRefusesAnUnknownKeyWithASuggestion() {
        assertThatThrownBy(() -> Tree.set(tree(PLAN), ParamPath.parse("care_workers.wage_per_hr"), value("12"), CLI))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    Problem p = e.problems().get(0);
                    assertThat(p.source()).isEqualTo(CLI);
                    assertThat(p.path()).isEqualTo("care_workers.wage_per_hr");
                    assertThat(p.message()).isEqualTo("no parameter 'wage_per_hr' in care_workers");
                    assertThat(p.expected()).isEqualTo("did you mean 'wage_per_hour'?");
                });
    }

    @Test
    void setRefusesAnUnknownListItemListingTheItems() {
        assertThatThrownBy(() -> Tree.set(tree(PLAN), ParamPath.parse("clients[counci].target"), value("1"), CLI))
                .hasMessageContaining("no item 'counci' in clients")
                .hasMessageContaining("did you mean 'council'? items: council, self-funded");
    }

    @Test
    void setRefusesAListWithoutAnItemAndAValueWithParts() {
        assertThatThrownBy(() -> Tree.set(tree(PLAN), ParamPath.parse("clients.target"), value("1"), CLI))
                .hasMessageContaining("clients is a list: name one of its items (for example clients[council], or a whole list as the value)");
        assertThatThrownBy(() -> Tree.set(tree(PLAN), ParamPath.parse("care_workers.turnover.low"), value("1"), CLI))
                .hasMessageContaining("care_workers.turnover is a single value and has no parts");
    }

    @Test
    void setOnAStatutoryFigureChecksItsName() {
        Node.MapNode after = Tree.set(tree(PLAN), ParamPath.parse("statutory.national_living_wage"), value("13"), CLI);
        assertThat(at(after, "statutory.national_living_wage")).isEqualTo("13");
        assertThatThrownBy(() -> Tree.set(tree(PLAN), ParamPath.parse("statutory.national_living_wag"), value("13"), CLI))
                .hasMessageContaining("no statutory figure 'national_living_wag'")
                .hasMessageContaining("did you mean 'national_living_wage'?");
    }

    @Test
    void mergeLetsTheOverridingFileWinKeyByKey() {
        Node.MapNode base = tree(PLAN);
        Node.MapNode own = tree("""
                scenario: Plan, paying the Real Living Wage
                care_workers: {wage_per_hour: real-living-wage}
                """);
        Node.MapNode merged = Tree.merge(RecordSpec.scenario(), base, own);
        assertThat(at(merged, "scenario")).isEqualTo("Plan, paying the Real Living Wage");
        assertThat(at(merged, "care_workers.wage_per_hour")).isEqualTo("real-living-wage");
        assertThat(at(merged, "care_workers.turnover")).as("kept from the base").isEqualTo("15%");
    }

    @Test
    void mergeMergesListItemsWithTheSameNameAndAddsNewOnes() {
        Node.MapNode own = tree("""
                clients:
                  - {stream: council, fee_per_hour: 25.00}
                  - {stream: nhs-chc, target: 4, fee_per_hour: 28}
                """);
        Node.MapNode merged = Tree.merge(RecordSpec.scenario(), tree(PLAN), own);
        Node.ListNode clients = (Node.ListNode) merged.get("clients").orElseThrow();
        assertThat(Tree.itemNames(RecordSpec.of(ScenarioFile.ClientStream.class), clients))
                .containsExactly("council", "self-funded", "nhs-chc");
        assertThat(at(merged, "clients[council].fee_per_hour")).isEqualTo("25.00");
        assertThat(at(merged, "clients[council].target")).as("kept from the base item").isEqualTo("60");
        assertThat(at(merged, "clients[self-funded].fee_per_hour")).isEqualTo("30");
        assertThat(at(merged, "clients[nhs-chc].target")).isEqualTo("4");
    }

    @Test
    void mergeReplacesAValueOfAnotherShape() {
        Node.MapNode merged = Tree.merge(RecordSpec.scenario(), tree(PLAN), tree("surplus: ~"));
        assertThat(merged.get("surplus").orElseThrow()).isInstanceOf(Node.Scalar.class);
    }

    @Test
    void locateFindsAListItemByItsNameNotByAnyOfItsValues() {
        Node.MapNode plan = tree("""
                clients:
                  - {stream: council, name: urban, target: 10}
                  - {stream: self-funded, name: council, target: 5}
                """);
        assertThat(Tree.locate(plan, "clients[council].target")).isEqualTo(new Source("plan.yaml", 3, 50));
        assertThat(Tree.locate(plan, "clients[urban].target")).isEqualTo(new Source("plan.yaml", 2, 44));
        assertThat(Tree.locate(plan, "clients[1].target")).as("by index").isEqualTo(new Source("plan.yaml", 3, 50));
    }

    @Test
    void locateFindsWhereAValueOrItsBlockWasWritten() {
        Node.MapNode plan = tree(PLAN);
        assertThat(Tree.locate(plan, "care_workers.turnover")).isEqualTo(new Source("plan.yaml", 4, 13));
        assertThat(Tree.locate(plan, "clients[self-funded].target")).isEqualTo(new Source("plan.yaml", 7, 35));
        // a default is "written" where its block is
        assertThat(Tree.locate(plan, "care_workers.hours_per_week")).isEqualTo(new Source("plan.yaml", 3, 3));
        assertThat(List.of(Tree.locate(plan, "funding.opening_cash"))).containsExactly(plan.source());
    }
}
