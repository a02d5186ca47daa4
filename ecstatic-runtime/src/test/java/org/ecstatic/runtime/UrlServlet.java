package org.ecstatic.runtime;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A page of the test web applications: {@code /urls?name=css/site.css} answers with what
 * {@link StaticUrls#url} gives, {@code /urls?encode=/app/static/css/site.css} with what
 * {@code response.encodeURL} gives.
 */
public class UrlServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String name = request.getParameter("name");
        String encode = request.getParameter("encode");
        String redirect = request.getParameter("redirect");
        String body = name != null ? StaticUrls.get(request).url(name)
                : encode != null ? response.encodeURL(encode)
                : response.encodeRedirectURL(redirect);
        response.getWriter().print(body);
    }
}
