package dev.polyglot.bench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.polyglot.advisor.model.ModelAssumptions;
import dev.polyglot.workloads.Shape;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bench's full-text search matches the share of documents the model assumes a search ranks, so a bench of a
 * search and the advisor's estimate for it talk about the same number of matches.
 */
class SearchMatchShareTest {
    @Test
    void theModelAssumesTheShareTheBenchsSearchMatches() {
        assertThat(SyntheticData.SEARCH_MATCH_SHARE).as("0.0421 squared").isCloseTo(0.00177, within(0.00001));
        assertThat(ModelAssumptions.DEFAULT.searchMatchShare()).isCloseTo(SyntheticData.SEARCH_MATCH_SHARE, within(0.03 * SyntheticData.SEARCH_MATCH_SHARE));
        assertThat(ModelAssumptions.DEFAULT.defaultRows(Shape.FULL_TEXT, OptionalLong.of(200_000))).as("0.18% of 200,000").isEqualTo(360);
        assertThat(ModelAssumptions.DEFAULT.defaultRows(Shape.FULL_TEXT, OptionalLong.empty())).as("corpus unknown").isEqualTo(1);
    }

    @Test
    void theSyntheticDocumentsMatchTheComputedShare() {
        int docs = 20_000, queries = 200;
        List<Set<String>> words = new java.util.ArrayList<>(docs);
        for (long i = 0; i < docs; i++) {
            StringBuilder text = SyntheticData.document(-i - 1, SyntheticData.TITLE_WORDS, new StringBuilder()).append(' ');
            SyntheticData.document(i, SyntheticData.BODY_WORDS, text);
            words.add(new HashSet<>(Arrays.asList(text.toString().trim().split(" +"))));
        }
        long matches = 0;
        for (long q = 0; q < queries; q++) {
            String[] both = SyntheticData.query(q).split(" ");
            matches += words.stream().filter(d -> d.contains(both[0]) && d.contains(both[1])).count();
        }
        double share = matches / (double) docs / queries;
        // 200 queries over 20,000 documents expect about 7,100 matches: 10% covers their sampling error several times over.
        assertThat(share).isCloseTo(SyntheticData.SEARCH_MATCH_SHARE, within(0.1 * SyntheticData.SEARCH_MATCH_SHARE));
    }
}
