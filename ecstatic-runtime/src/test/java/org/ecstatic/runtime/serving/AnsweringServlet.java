package org.ecstatic.runtime.serving;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A servlet that hands every request, whatever its method, to the {@link Answer} a test set last:
 * package-private serving code exercised on a real container's request and response.
 */
final class AnsweringServlet extends HttpServlet {
    private volatile Answer answer = (request, response) -> response.sendError(HttpServletResponse.SC_NOT_IMPLEMENTED);

    /** What a test does with a request. */
    @FunctionalInterface
    interface Answer {
        void answer(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    /** Answers the following requests with {@code answer}. */
    void answerWith(Answer answer) {
        this.answer = answer;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer.answer(request, response);
    }
}
