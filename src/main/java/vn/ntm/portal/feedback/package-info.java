/**
 * "Thông tin này có hữu ích không?": the one-click satisfaction vote that a government portal must offer
 * on its articles, documents and answers. {@link vn.ntm.portal.feedback.Helpfulness} stores the votes (one
 * per visitor per target); a module makes its pages votable by declaring a
 * {@link vn.ntm.portal.feedback.HelpfulTarget}, whose votes then arrive at {@code POST /huu-ich/{type}/{id}},
 * and renders the vote with the {@code tag/helpful} template. Depends on {@code web} and {@code stats}.
 */
package vn.ntm.portal.feedback;
