package vn.ntm.portal.polls.web;

import gg.jte.Content;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import vn.ntm.portal.polls.domain.Poll;
import vn.ntm.portal.polls.domain.PollStatus;
import vn.ntm.portal.polls.internal.PollStore;
import vn.ntm.portal.web.Blocks;
import vn.ntm.portal.web.SidebarBlock;

/**
 * "Thăm dò ý kiến" in the sidebar: the poll chosen in the back office ("hiển thị ở khối bên") while it is open,
 * otherwise a random open public poll. The sidebar is rendered once for every reader (and kept inside cached article
 * pages), so the block is the same for everyone: the question and its options in a GET form to the poll's page, where
 * the vote is confirmed with that page's CSRF token (polls.js posts it in one step when JavaScript runs). The frame
 * re-renders the sidebar every 2 s, so a change to polls reaches the block within that time; the random pick holds
 * for that long too.
 */
@Component
class PollBlock implements SidebarBlock {

    static final String CODE = "polls.current";

    private final PollStore store;
    private final Blocks blocks;

    PollBlock(PollStore store, Blocks blocks) {
        this.store = store;
        this.blocks = blocks;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Content render() {
        List<Poll> open = store.open(false);
        Instant now = Instant.now();
        Poll chosen = open.stream().filter(Poll::featured).filter(p -> p.status(now) == PollStatus.OPEN).findFirst().orElse(null);
        if (chosen == null) {
            List<Poll> pub = open.stream().filter(p -> !p.membersOnly()).toList();
            if (pub.isEmpty()) {
                return null;
            }
            chosen = pub.get(ThreadLocalRandom.current().nextInt(pub.size()));
        }
        return blocks.template("polls/block.jte", chosen);
    }
}
