package vn.ntm.portal.audit;

/** Implemented by the security principal so the log records the user's id as well as the name. */
public interface Actor {

    long actorId();
}
