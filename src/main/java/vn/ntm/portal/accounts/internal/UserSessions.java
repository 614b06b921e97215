package vn.ntm.portal.accounts.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** A user's sessions in the JDBC session store, found by the principal-name index. */
@Component
public class UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    public int count(String username) {
        return sessions.findByPrincipalName(username).size();
    }

    /** Ends every session of the user on every node, except the one given (may be null); how many ended. */
    public int endAll(String username, String exceptSessionId) {
        int ended = 0;
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(exceptSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
