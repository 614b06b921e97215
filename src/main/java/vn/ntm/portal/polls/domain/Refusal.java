package vn.ntm.portal.polls.domain;

/** Why a vote was not counted: a 4xx status and the Vietnamese reason shown to the voter. */
public record Refusal(int status, String message) {
}
