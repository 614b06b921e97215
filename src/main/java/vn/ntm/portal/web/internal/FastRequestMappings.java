package vn.ntm.portal.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
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
 *       mapping whose patterns all begin with a literal first segment other than the address's is passed over before
 *       that; the rest are matched exactly as before.</li>
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
        private static final ThreadLocal<String> SEGMENT = new ThreadLocal<>();

        /** Filled once the mappings are known; a mapping registered later is matched the long way. */
        private volatile Map<RequestMappingInfo, Set<String>> literals = Map.of();

        @Override
        protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            super.handlerMethodsInitialized(handlerMethods);
            Map<RequestMappingInfo, Set<String>> byInfo = new IdentityHashMap<>();
            handlerMethods.keySet().forEach(info -> byInfo.put(info, firstLiterals(info)));
            literals = byInfo;
        }

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            SEGMENT.set(firstSegment(lookupPath));
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                SEGMENT.remove();
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            String segment = SEGMENT.get();
            if (segment != null) {
                Set<String> first = literals.get(info);
                if (first != null && first != ANY && !first.contains(segment)) {
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
