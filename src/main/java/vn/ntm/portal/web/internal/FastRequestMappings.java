package vn.ntm.portal.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Two costs Spring MVC has on every request of a portal with ~300 handler methods, found by profiling the registration
 * burst and the search benchmark:
 * <ul>
 *   <li>An address with a variable ({@code /tap-huan/{slug}/dang-ky}) has no direct match, so every mapping's conditions
 *       are evaluated in turn (the HTTP method first, through the security and session wrappers of the request). Here a
 *       mapping whose patterns all begin with a literal first segment other than the address's, or that names HTTP
 *       methods other than a GET, POST, PUT, PATCH or DELETE request's, is passed over before that (Spring's method
 *       condition would refuse it first; HEAD, OPTIONS and CORS pre-flight requests are not passed over); the rest are
 *       matched exactly as before.</li>
 *   <li>A handler's {@code "redirect:/…"} view name with a per-request address missed the view cache every time and built
 *       and initialised a new view through every view resolver. Here it becomes the same {@link RedirectView} (context
 *       relative, HTTP 1.0 compatible: 302, as {@code UrlBasedViewResolver} makes it) directly.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class FastRequestMappings implements WebMvcConfigurer {

    private static final String REDIRECT = "redirect:";

    @Bean
    WebMvcRegistrations firstSegmentMappings() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new FirstSegmentMapping();
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mv) {
                if (mv != null && mv.getViewName() != null && mv.getViewName().startsWith(REDIRECT)) {
                    mv.setView(new RedirectView(mv.getViewName().substring(REDIRECT.length()), true, true));
                }
            }
        });
    }

    /** Passes over mappings that cannot match by the first segment of the address. */
    static final class FirstSegmentMapping extends RequestMappingHandlerMapping {

        private static final Set<String> ANY = Set.of();
        /** The methods a request is passed over by: Spring's method condition treats the others specially. */
        private static final Set<String> PLAIN = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
        private static final ThreadLocal<Lookup> LOOKUP = new ThreadLocal<>();

        /** What a mapping can be passed over by: its literal first segments (or ANY), its methods (empty: any). */
        private record Filter(Set<String> first, Set<String> methods) {
        }

        /** The request being looked up: its first segment (null: match the long way) and its method, when plain. */
        private record Lookup(String segment, String method) {
        }

        /** Filled once the mappings are known; a mapping registered later is matched the long way. */
        private volatile Map<RequestMappingInfo, Filter> filters = Map.of();

        @Override
        protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            super.handlerMethodsInitialized(handlerMethods);
            Map<RequestMappingInfo, Filter> byInfo = new IdentityHashMap<>();
            handlerMethods.keySet().forEach(info -> byInfo.put(info, new Filter(firstLiterals(info),
                    info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()))));
            filters = byInfo;
        }

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            String method = request.getMethod();
            LOOKUP.set(new Lookup(firstSegment(lookupPath), PLAIN.contains(method) ? method : null));
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                LOOKUP.remove();
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            Lookup lookup = LOOKUP.get();
            Filter filter = lookup == null ? null : filters.get(info);
            if (filter != null) {
                if (lookup.segment() != null && filter.first() != ANY && !filter.first().contains(lookup.segment())) {
                    return null;
                }
                if (lookup.method() != null && !filter.methods().isEmpty() && !filter.methods().contains(lookup.method())) {
                    return null;
                }
            }
            return super.getMatchingMapping(info, request);
        }

        /**
         * The first segment of a lookup path ({@code /tap-huan/x/dang-ky} → {@code tap-huan}), or null when it must be
         * matched the long way: empty, or with characters a pattern would see decoded ({@code %}) or cut ({@code ;}).
         */
        static String firstSegment(String path) {
            if (path == null || path.length() < 2 || path.charAt(0) != '/') {
                return null;
            }
            int end = path.indexOf('/', 1);
            String segment = end < 0 ? path.substring(1) : path.substring(1, end);
            return segment.isEmpty() || segment.indexOf('%') >= 0 || segment.indexOf(';') >= 0 ? null : segment;
        }

        /** The literal first segments of the mapping's patterns, or {@link #ANY} when one begins otherwise. */
        static Set<String> firstLiterals(RequestMappingInfo info) {
            if (info.getPathPatternsCondition() == null) {
                return ANY;
            }
            Set<String> out = new HashSet<>();
            for (String pattern : info.getPatternValues()) {
                String segment = firstSegment(pattern);
                if (segment == null || segment.contains("{") || segment.contains("*") || segment.contains("?")) {
                    return ANY;
                }
                out.add(segment);
            }
            return out.isEmpty() ? ANY : Set.copyOf(out);
        }
    }
}
