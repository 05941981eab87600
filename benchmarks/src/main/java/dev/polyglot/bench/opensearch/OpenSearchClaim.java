package dev.polyglot.bench.opensearch;

import dev.polyglot.bench.engine.Claimant;
import dev.polyglot.bench.engine.Endpoint;
import dev.polyglot.bench.engine.Heartbeat;
import dev.polyglot.bench.engine.NamespaceBusyException;
import dev.polyglot.bench.engine.NamespaceClaim;
import java.io.IOException;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpType;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.IndexResponse;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * The claim on the {@value OpenSearchBinding#PREFIX}{@code *} indices: document {@code bench} of index {@value #INDEX},
 * created with {@code op_type=create} (so two runs never both win), holding {@code token host/pid, since TIME} and the
 * time it lapses, {@value #TTL_MS} ms after its last renewal. A daemon thread renews it every third of that, only while it
 * is still ours (optimistic concurrency on its sequence number); a run that finds a lapsed claim takes it over the same
 * way. Release deletes the claim's index when the claim is still ours (no other run can take a claim that has not
 * lapsed), so nothing of the bench is left behind.
 */
public final class OpenSearchClaim implements NamespaceClaim {
    static final String INDEX = OpenSearchBinding.PREFIX + "claim";
    static final long TTL_MS = 30_000;

    /** The claim document. @param holder {@code token host/pid, since TIME} @param lapsesAt epoch milliseconds */
    record Holder(String holder, long lapsesAt) {}

    private final OpenSearchBinding binding;
    private final String holder;
    private final long ttlMs;
    private final Heartbeat heartbeat;
    private volatile long seqNo;
    private volatile long primaryTerm;

    private OpenSearchClaim(OpenSearchBinding binding, String holder, long ttlMs, IndexResponse taken) {
        this.binding = binding;
        this.holder = holder;
        this.ttlMs = ttlMs;
        this.seqNo = taken.seqNo();
        this.primaryTerm = taken.primaryTerm();
        this.heartbeat = Heartbeat.start("bench-claim-renewer", ttlMs / 3, this::renew);
    }

    /** @param ttlMs milliseconds a claim outlives the last renewal of a run that died, 3,000 or more */
    static OpenSearchClaim take(Endpoint endpoint, Claimant me, long ttlMs) {
        if (ttlMs < 3_000) throw new IllegalArgumentException("ttlMs must be 3,000 or more, was " + ttlMs);
        String holder = me.token() + " " + me.describe();
        OpenSearchBinding binding = OpenSearchBinding.open(endpoint);
        OpenSearchClient client = binding.client();
        try {
            OpenSearchBinding.createIndex(client, INDEX, m -> m.dynamic(org.opensearch.client.opensearch._types.mapping.DynamicMapping.Strict)
                    .properties("holder", p -> p.keyword(k -> k)).properties("lapsesAt", p -> p.long_(l -> l)));
            try {
                IndexResponse taken = client.index(i -> i.index(INDEX).id("bench").opType(OpType.Create).refresh(Refresh.True)
                        .document(new Holder(holder, System.currentTimeMillis() + ttlMs)));
                return new OpenSearchClaim(binding, holder, ttlMs, taken);
            } catch (OpenSearchException | ResponseException e) {
                if (OpenSearchBinding.httpStatus(e) != 409) throw e;
            }
            GetResponse<Holder> current = client.get(g -> g.index(INDEX).id("bench"), Holder.class);
            if (current.found() && current.source() != null && current.source().lapsesAt() < System.currentTimeMillis()) {
                try {  // a lapsed claim: taken over only if nobody else took it over since we read it
                    IndexResponse taken = client.index(i -> i.index(INDEX).id("bench").ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm())
                            .refresh(Refresh.True).document(new Holder(holder, System.currentTimeMillis() + ttlMs)));
                    return new OpenSearchClaim(binding, holder, ttlMs, taken);
                } catch (OpenSearchException | ResponseException e) {
                    if (OpenSearchBinding.httpStatus(e) != 409) throw e;
                }
            }
            String who = current.found() && current.source() != null
                    ? current.source().holder().substring(current.source().holder().indexOf(' ') + 1) : "one that comes and goes";
            binding.close();
            throw new NamespaceBusyException(OpenSearchDriver.ENGINE, endpoint, who, "a claim lapses " + ttlMs / 1000 + " s after its run dies");
        } catch (IOException | OpenSearchException e) {
            binding.close();
            throw new IllegalStateException("claiming the " + OpenSearchBinding.PREFIX + "* indices on elasticsearch at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Extends the claim while it is still ours. A renewal the server applied but whose answer was lost leaves a stale
     * sequence number: on a conflict the claim is re-read, and renewed at its current one when it still holds our token.
     */
    private void renew() {
        try {
            renewAt(seqNo, primaryTerm);
        } catch (OpenSearchException | ResponseException e) {
            if (OpenSearchBinding.httpStatus(e) != 409) return;
            try {
                GetResponse<Holder> current = binding.client().get(g -> g.index(INDEX).id("bench"), Holder.class);
                if (current.found() && current.source() != null && holder.equals(current.source().holder())) renewAt(current.seqNo(), current.primaryTerm());
            } catch (IOException | RuntimeException again) {
                // Taken over after it lapsed, or OpenSearch is away: nothing to renew.
            }
        } catch (IOException | RuntimeException e) {
            // OpenSearch is away: try again next period; the claim lapses if it stays away.
        }
    }

    private void renewAt(long seq, long term) throws IOException {
        IndexResponse renewed = binding.client().index(i -> i.index(INDEX).id("bench").ifSeqNo(seq).ifPrimaryTerm(term)
                .document(new Holder(holder, System.currentTimeMillis() + ttlMs)));
        seqNo = renewed.seqNo();
        primaryTerm = renewed.primaryTerm();
    }

    @Override public void close() {
        heartbeat.stop();
        try {
            GetResponse<Holder> current = binding.client().get(g -> g.index(INDEX).id("bench"), Holder.class);
            // By holder (its token is this claim's alone), not by sequence number: stopping the heartbeat can interrupt a
            // renewal that the server applied but whose answer never arrived. A claim still ours has not lapsed, so no
            // other run can take it before the index is gone.
            if (current.found() && current.source() != null && holder.equals(current.source().holder())) {
                binding.client().indices().delete(d -> d.index(INDEX));
            }
        } catch (IOException | RuntimeException e) {
            // OpenSearch is away: the claim lapses after its TTL (its index stays until the next run's release).
        }
        binding.close();
    }
}
