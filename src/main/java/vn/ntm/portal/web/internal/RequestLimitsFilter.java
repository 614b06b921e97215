package vn.ntm.portal.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses absurdly long paths and query strings with a Vietnamese 414 before any controller works on
 * them. (Tomcat itself answers 400 past {@code server.max-http-request-header-size}.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLimitsFilter extends OncePerRequestFilter {

    static final int MAX_PATH = 1024;
    static final int MAX_QUERY = 4096;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (request.getRequestURI().length() > MAX_PATH || (query != null && query.length() > MAX_QUERY)) {
            response.setStatus(414);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Địa chỉ yêu cầu quá dài. Vui lòng kiểm tra lại đường dẫn.");
            return;
        }
        chain.doFilter(request, response);
    }
}
