package org.ecstatic.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Shows why Ecstatic stopped the start-up (a missing or broken manifest, a wrong {@code ecstatic.*}
 * property, Spring's own content hashing over the same paths) and what to do, instead of a stack trace.
 * Registered in {@code META-INF/spring.factories}.
 */
class EcstaticFailureAnalyzer extends AbstractFailureAnalyzer<EcstaticStartupException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EcstaticStartupException cause) {
        return new FailureAnalysis(cause.description(), cause.action(), cause);
    }
}
