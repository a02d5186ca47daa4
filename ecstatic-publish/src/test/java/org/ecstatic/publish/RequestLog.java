package org.ecstatic.publish;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Records every HTTP request the SDK sends (each attempt, retries included), by operation name, with
 * its headers; and can make the Nth request of an operation fail before it is sent, as a broken
 * connection would.
 */
final class RequestLog implements ExecutionInterceptor {
    /** One request sent: its operation ({@code PutObject}) and its HTTP request. */
    record Sent(String operation, SdkHttpRequest request) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private String failOperation;
    private int failAt;
    private int seen;
    private IntConsumer afterEach = n -> { };

    /** Makes the {@code n}th request of {@code operation} (1 for the first) and every later one fail. */
    synchronized RequestLog failFrom(String operation, int n) {
        this.failOperation = operation;
        this.failAt = n;
        return this;
    }

    /** Calls {@code action} with the count of requests of every operation so far after each one is answered. */
    synchronized RequestLog afterEach(IntConsumer action) {
        this.afterEach = action;
        return this;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        synchronized (this) {
            sent.add(new Sent(operation, context.httpRequest()));
            if (operation.equals(failOperation) && ++seen >= failAt) {
                throw new IllegalStateException("injected fault: the connection broke before " + operation + " #" + seen);
            }
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        int count;
        synchronized (this) {
            count = sent.size();
        }
        afterEach.accept(count);
    }

    /** Returns the requests sent so far. */
    synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** Returns how many requests of each operation were sent, by operation name. */
    synchronized Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        sent.forEach(s -> counts.merge(s.operation(), 1, Integer::sum));
        return counts;
    }

    /** Returns the keys of the PutObject requests sent, in order. */
    synchronized List<String> putKeys() {
        return sent.stream().filter(s -> s.operation().equals("PutObject"))
                .map(s -> s.request().encodedPath().substring(s.request().encodedPath().indexOf('/', 1) + 1)).toList();
    }

    synchronized void clear() {
        sent.clear();
        seen = 0;
    }
}
