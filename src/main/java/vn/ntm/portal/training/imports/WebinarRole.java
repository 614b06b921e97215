package vn.ntm.portal.training.imports;

/** The section of a webinar attendee report a participant row came from. */
public enum WebinarRole {
    HOST, PANELIST, ATTENDEE
}
