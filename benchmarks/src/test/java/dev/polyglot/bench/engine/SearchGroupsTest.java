package dev.polyglot.bench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.polyglot.advisor.model.ModelAssumptions;
import dev.polyglot.workloads.Shape;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A bench search matches the documents of one group of {@code rows_per_query}, the number the model reads a search as
 * ranking: a group token no vocabulary word equals, held by exactly the documents of its group, loaded or upserted.
 */
class SearchGroupsTest {
    private static Set<String> vocabulary() {
        Set<String> words = new HashSet<>();
        for (int i = 0; i < SyntheticData.VOCABULARY; i++) words.add(SyntheticData.word(i));
        return words;
    }

    @Test
    void noGroupTokenIsAVocabularyWordAndEveryGroupHasItsOwn() {
        Set<String> vocabulary = vocabulary();
        assertThat(vocabulary).as("1,024 distinct words").hasSize(SyntheticData.VOCABULARY);
        Set<String> tokens = new HashSet<>();
        for (long g : new long[] {0, 1, 9, 10, 99, 1_023, 1_024, 999_999, 1_000_000_000L}) tokens.add(SyntheticData.groupToken(g));
        for (long g = 0; g < 5_000; g++) tokens.add(SyntheticData.groupToken(g));
        assertThat(tokens).as("one token per group").hasSize(5_000 + 2);  // 999,999 and 1e9 are the two above 4,999
        assertThat(tokens).doesNotContainAnyElementsOf(vocabulary);
        // InnoDB FULLTEXT drops tokens under 3 characters; the standard tokenizers split on anything but letters and digits.
        assertThat(tokens).allSatisfy(t -> assertThat(t).hasSizeGreaterThanOrEqualTo(3).matches("[a-z]+[0-9]+"));
        assertThatThrownBy(() -> SyntheticData.groupToken(-1)).hasMessageContaining("0 or more");
    }

    @Test
    void everyGroupHoldsRowsPerQueryDocumentsTheLastTheRemainder() {
        long records = 1_000, rowsPerQuery = 30;
        assertThat(SyntheticData.searchGroups(records, rowsPerQuery)).as("ceil(1,000 / 30)").isEqualTo(34);
        Map<String, Integer> perToken = new TreeMap<>();
        Set<String> vocabulary = vocabulary();
        for (long key = 0; key < records; key++) {
            String[] words = SyntheticData.searchBody(key, key, rowsPerQuery).split(" ");
            assertThat(words).hasSize(1 + SyntheticData.BODY_WORDS);
            long tokens = java.util.Arrays.stream(words).filter(w -> !vocabulary.contains(w)).count();
            assertThat(tokens).as("document %d holds one word outside the vocabulary", key).isEqualTo(1);
            perToken.merge(words[0], 1, Integer::sum);
        }
        assertThat(perToken).hasSize(34);
        for (long g = 0; g < 33; g++) assertThat(perToken.get(SyntheticData.groupToken(g))).as("group %d", g).isEqualTo(30);
        assertThat(perToken.get(SyntheticData.groupToken(33))).as("the last group: 1,000 - 33 x 30").isEqualTo(10);
    }

    @Test
    void anUpsertChangesTheWordsButKeepsTheDocumentsGroup() {
        for (long key : new long[] {0, 29, 30, 31, 999}) {
            String loaded = SyntheticData.searchBody(key, key, 30), upserted = SyntheticData.searchBody(key, key + 7, 30);
            assertThat(upserted).isNotEqualTo(loaded);
            assertThat(upserted.split(" ")[0]).isEqualTo(loaded.split(" ")[0]).isEqualTo(SyntheticData.groupToken(key / 30));
        }
    }

    @Test
    void searchesPickEveryGroupAboutEquallyOftenAndNoOther() {
        long records = 1_000, rowsPerQuery = 30;
        Map<String, Integer> picked = new HashMap<>();
        for (long q = 0; q < 34_000; q++) picked.merge(SyntheticData.searchToken(q, records, rowsPerQuery), 1, Integer::sum);
        assertThat(picked).hasSize(34);
        for (long g = 0; g < 34; g++) assertThat(picked).containsKey(SyntheticData.groupToken(g));
        // 1,000 expected per group; binomial sd ~31, so 800..1,200 is over six of them.
        assertThat(picked.values()).allSatisfy(n -> assertThat(n).isBetween(800, 1_200));
        assertThat(SyntheticData.searchToken(5, 1_000, 1_000)).as("one group holds them all").isEqualTo(SyntheticData.groupToken(0));
        assertThat(SyntheticData.searchToken(5, 10, 1_000)).as("rows per query above the records").isEqualTo(SyntheticData.groupToken(0));
    }

    @Test
    void withTheModelsDefaultRowsASearchMatchesTheModelsShareOfTheDocuments() {
        assertThat(ModelAssumptions.DEFAULT.defaultRows(Shape.FULL_TEXT, OptionalLong.of(200_000))).as("0.18% of 200,000").isEqualTo(360);
        assertThat(ModelAssumptions.DEFAULT.defaultRows(Shape.FULL_TEXT, OptionalLong.empty())).as("corpus unknown").isEqualTo(1);
        long records = 200_000, rows = ModelAssumptions.DEFAULT.defaultRows(Shape.FULL_TEXT, OptionalLong.of(records));
        long group = 17, inGroup = 0;
        for (long key = 0; key < records; key++) if (key / rows == group) inGroup++;
        assertThat(inGroup).isEqualTo(360);
        assertThat(new DatasetSpec(Shape.FULL_TEXT, records, rows).operation())
                .isEqualTo("a ranked top-10 search matching 360 of 200,000 documents (writes upsert one)");
    }
}
