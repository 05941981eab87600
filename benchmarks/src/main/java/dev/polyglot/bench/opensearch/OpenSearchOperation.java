package dev.polyglot.bench.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.polyglot.bench.engine.Failures;
import dev.polyglot.bench.engine.OpKind;
import dev.polyglot.bench.engine.Operation;
import dev.polyglot.bench.engine.Outcome;
import java.io.IOException;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * One worker's requests on the binding's shared client: a read is the shape's search (or a GET by id for
 * point-lookup), a write indexes one document (an upsert by id, or an append). Every hit and bucket of a response is
 * parsed, so decoding is paid for, as an application pays for it. A search the server cut short at its timeout counts
 * as a timeout.
 */
final class OpenSearchOperation implements Operation {
    private final OpenSearchClient client;
    private final OpenSearchIndex index;
    private long writes;

    OpenSearchOperation(OpenSearchClient client, OpenSearchIndex index) {
        this.client = client;
        this.index = index;
        this.writes = System.nanoTime();  // a different stream of written values per worker and run
    }

    @Override public Outcome execute(OpKind kind, long key) {
        try {
            return kind == OpKind.READ ? read(key) : write(key);
        } catch (OpenSearchException | ResponseException e) {
            int status = OpenSearchBinding.httpStatus(e);
            return status == 408 || status == 504 ? Outcome.TIMEOUT : Outcome.SERVER_ERROR;
        } catch (IOException | RuntimeException e) {
            return Failures.classify(e);
        }
    }

    private Outcome read(long key) throws IOException {
        var search = index.search(key);
        if (search == null) {
            String id = Long.toString(key);
            return client.get(g -> g.index(index.name()).id(id), ObjectNode.class).found() ? Outcome.OK : Outcome.SERVER_ERROR;
        }
        SearchResponse<ObjectNode> response = client.search(search, ObjectNode.class);
        return Boolean.TRUE.equals(response.timedOut()) ? Outcome.TIMEOUT : Outcome.OK;
    }

    private Outcome write(long key) throws IOException {
        Map<String, Object> doc = index.written(key, writes++);
        String id = index.id(key);
        client.index(i -> i.index(index.name()).id(id).document(doc));
        return Outcome.OK;
    }

    /** The client is the binding's: closing a worker leaves it to the binding. */
    @Override public void close() { }
}
