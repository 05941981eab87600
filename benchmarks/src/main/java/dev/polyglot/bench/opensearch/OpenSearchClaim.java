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
    private final Heartbeat heartbeat;
    private volatile long seqNo;
    private volatile long primaryTerm;

    private OpenSearchClaim(OpenSearchBinding binding, String holder, IndexResponse taken) {
        this.binding = binding;
        this.holder = holder;
        this.seqNo = taken.seqNo();
        this.primaryTerm = taken.primaryTerm();
        this.heartbeat = Heartbeat.start("bench-claim-renewer", TTL_MS / 3, this::renew);
    }

    static OpenSearchClaim take(Endpoint endpoint, Claimant me) {
        String holder = me.token() + " " + me.describe();
        OpenSearchBinding binding = OpenSearchBinding.open(endpoint);
        OpenSearchClient client = binding.client();
        try {
            OpenSearchBinding.createIndex(client, INDEX, m -> m.dynamic(org.opensearch.client.opensearch._types.mapping.DynamicMapping.Strict)
                    .properties("holder", p -> p.keyword(k -> k)).properties("lapsesAt", p -> p.long_(l -> l)));
            try {
                IndexResponse taken = client.index(i -> i.index(INDEX).id("bench").opType(OpType.Create).refresh(Refresh.True)
                        .document(new Holder(holder, System.currentTimeMillis() + TTL_MS)));
                return new OpenSearchClaim(binding, holder, taken);
            } catch (OpenSearchException | ResponseException e) {
                if (OpenSearchBinding.httpStatus(e) != 409) throw e;
            }
            GetResponse<Holder> current = client.get(g -> g.index(INDEX).id("bench"), Holder.class);
            if (current.found() && current.source() != null && current.source().lapsesAt() < System.currentTimeMillis()) {
                try {  // a lapsed claim: taken over only if nobody else took it over since we read it
                    IndexResponse taken = client.index(i -> i.index(INDEX).id("bench").ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm())
                            .refresh(Refresh.True).document(new Holder(holder, System.currentTimeMillis() + TTL_MS)));
                    return new OpenSearchClaim(binding, holder, taken);
                } catch (OpenSearchException | ResponseException e) {
                    if (OpenSearchBinding.httpStatus(e) != 409) throw e;
                }
            }
            String who = current.found() && current.source() != null
                    ? current.source().holder().substring(current.source().holder().indexOf(' ') + 1) : "one that comes and goes";
            binding.close();
            throw new NamespaceBusyException(OpenSearchDriver.ENGINE, endpoint, who, "a claim lapses " + TTL_MS / 1000 + " s after its run dies");
        } catch (IOException | OpenSearchException e) {
            binding.close();
            throw new IllegalStateException("claiming the " + OpenSearchBinding.PREFIX + "* indices on elasticsearch at " + endpoint + " failed: " + e.getMessage(), e);
        }
    }

    private void renew() {
        try {
            IndexResponse renewed = binding.client().index(i -> i.index(INDEX).id("bench").ifSeqNo(seqNo).ifPrimaryTerm(primaryTerm)
                    .document(new Holder(holder, System.currentTimeMillis() + TTL_MS)));
            seqNo = renewed.seqNo();
            primaryTerm = renewed.primaryTerm();
        } catch (IOException | RuntimeException e) {
            // OpenSearch is away, or another run took a lapsed claim over: try again next period; it lapses if it stays away.
        }
    }

    @Override public void close() {
        heartbeat.stop();
        try {
            GetResponse<Holder> current = binding.client().get(g -> g.index(INDEX).id("bench"), Holder.class);
            if (current.found() && current.seqNo() == seqNo && current.source() != null && holder.equals(current.source().holder())) {
                binding.client().indices().delete(d -> d.index(INDEX));
            }
        } catch (IOException | RuntimeException e) {
            // OpenSearch is away: the claim lapses after its TTL (its index stays until the next run's release).
        }
        binding.close();
    }
}
