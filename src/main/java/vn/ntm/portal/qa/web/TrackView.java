package vn.ntm.portal.qa.web;

import vn.ntm.portal.qa.domain.QaStatus;

/** What the tracking page may show: nothing about the asker but their question. */
public record TrackView(String code, String title, String topic, QaStatus status, String forwardedTo, String receivedOn,
                        String dueOn, String answer, String answeredOn, String publicPath, boolean justSubmitted,
                        boolean emailed) {
}
