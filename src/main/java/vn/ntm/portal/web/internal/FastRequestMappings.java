package vn.ntm.portal.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestMethod;
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
 *       are evaluated in turn (the HTTP method first, through the security and session wrappers of the request). Here
 *       only the mappings that can match the address's first segment and its HTTP method are evaluated (lists made once
 *       at start), and the best of them is chosen by Spring's own comparator.</li>
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

    /**
     * Matches an address only against the mappings that can match its first segment and its HTTP method, and otherwise
     * exactly as Spring does; whatever is not a plain match (no match at all: 404, 405 or 415; two equally good ones;
     * an address with a direct mapping; HEAD, OPTIONS and CORS pre-flight requests) is looked up by Spring itself.
     */
    static final class FirstSegmentMapping extends RequestMappingHandlerMapping {

        private static final Set<String> ANY = Set.of();
        /** The methods looked up here: Spring's method condition treats the others specially. */
        private static final Set<String> PLAIN = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

        private record Candidate(RequestMappingInfo info, HandlerMethod handlerMethod) {
        }

        /**
         * @param bySegment  first segment → method → the mappings that may match
         * @param otherwise  method → the mappings that may match an address of another first segment
         * @param direct     the addresses of mappings without a pattern (Spring looks those up directly)
         */
        private record Index(Map<String, Map<String, List<Candidate>>> bySegment, Map<String, List<Candidate>> otherwise,
                             Set<String> direct) {

            List<Candidate> candidates(String segment, String method) {
                Map<String, List<Candidate>> byMethod = bySegment.get(segment);
                return (byMethod != null ? byMethod : otherwise).get(method);
            }
        }

        /** Built once the mappings are known, dropped when one is registered later (Spring looks up then). */
        private volatile Index index;

        @Override
        protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            super.handlerMethodsInitialized(handlerMethods);
            index = index(handlerMethods);
        }

        @Override
        public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
            index = null;
            super.registerMapping(mapping, handler, method);
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            index = null;
            super.unregisterMapping(mapping);
        }

        private static Index index(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            record Mapping(Candidate candidate, Set<String> first, Set<RequestMethod> methods) {
            }
            List<Mapping> all = new ArrayList<>();
            Set<String> segments = new HashSet<>();
            Set<String> direct = new HashSet<>();
            handlerMethods.forEach((info, hm) -> {
                Set<String> first = firstLiterals(info);
                all.add(new Mapping(new Candidate(info, hm), first, info.getMethodsCondition().getMethods()));
                segments.addAll(first);
                direct.addAll(info.getDirectPaths());
            });
            // for each plain method, the mappings that may match it at an address of this first segment (null: another)
            Function<String, Map<String, List<Candidate>>> byMethod = segment -> {
                Map<String, List<Candidate>> out = new HashMap<>();
                for (String method : PLAIN) {
                    out.put(method, all.stream()
                            .filter(m -> m.first() == ANY || (segment != null && m.first().contains(segment)))
                            .filter(m -> m.methods().isEmpty() || m.methods().contains(RequestMethod.valueOf(method)))
                            .map(Mapping::candidate).toList());
                }
                return Map.copyOf(out);
            };
            Map<String, Map<String, List<Candidate>>> bySegment = new HashMap<>();
            segments.forEach(segment -> bySegment.put(segment, byMethod.apply(segment)));
            return new Index(Map.copyOf(bySegment), byMethod.apply(null), Set.copyOf(direct));
        }

        /** The mappings the lookup evaluates for an address of this first segment and method (null: Spring looks up). */
        List<RequestMappingInfo> candidates(String segment, String method) {
            Index current = index;
            List<Candidate> list = current == null ? null : current.candidates(segment, method);
            return list == null ? null : list.stream().map(Candidate::info).toList();
        }

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            Index current = index;
            String method = request.getMethod();
            String segment = firstSegment(lookupPath);
            if (current == null || segment == null || !PLAIN.contains(method) || current.direct().contains(lookupPath)) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
            RequestMappingInfo bestInfo = null;
            HandlerMethod best = null;
            Comparator<RequestMappingInfo> comparator = null;
            boolean tie = false;
            for (Candidate c : current.candidates(segment, method)) {
                RequestMappingInfo match = getMatchingMapping(c.info(), request);
                if (match == null) {
                    continue;
                }
                if (bestInfo == null) {
                    bestInfo = match;
                    best = c.handlerMethod();
                    continue;
                }
                comparator = comparator != null ? comparator : getMappingComparator(request);
                int order = comparator.compare(match, bestInfo);
                if (order < 0) {
                    bestInfo = match;
                    best = c.handlerMethod();
                    tie = false;
                } else if (order == 0) {
                    tie = true;
                }
            }
            if (bestInfo == null || tie) {
                return super.lookupHandlerMethod(lookupPath, request); // Spring's 404/405/415, or its ambiguity error
            }
            request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, best);
            handleMatch(bestInfo, lookupPath, request);
            return best;
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
