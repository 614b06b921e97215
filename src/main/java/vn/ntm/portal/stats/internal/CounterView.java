package vn.ntm.portal.stats.internal;

import vn.ntm.portal.shared.VietnameseFormat;
import vn.ntm.portal.stats.CounterSnapshot;

/** The "Thống kê" block's figures, already grouped the Vietnamese way (91.820.448). */
public record CounterView(String onlineNow, String today, String thisMonth, String total) {

    static CounterView of(CounterSnapshot s) {
        return new CounterView(VietnameseFormat.number(s.onlineNow()), VietnameseFormat.number(s.today()),
                VietnameseFormat.number(s.thisMonth()), VietnameseFormat.number(s.total()));
    }
}
