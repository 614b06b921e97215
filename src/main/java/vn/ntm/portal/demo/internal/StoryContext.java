package vn.ntm.portal.demo.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The fixed names of one story: where it happens, who speaks, which product and crop, and its dates.
 * Every template of the article is filled from the same values, so the commune in the title is the
 * commune in the body.
 */
final class StoryContext {

    /** The Department of Agriculture was merged with Natural Resources and Environment on 1 March 2025. */
    private static final LocalDate DEPARTMENT_MERGER = LocalDate.of(2025, 3, 1);

    private StoryContext() {
    }

    static Map<String, String> create(WordBank words, RandomGenerator r, LocalDate date) {
        List<WordBank.District> districts = words.districts();
        WordBank.District district = districts.get(r.nextInt(districts.size()));
        String commune = pick(r, district.communes());
        String otherCommune = district.communes().size() > 1
                ? pickOther(r, district.communes(), commune)
                : pick(r, districts.get(r.nextInt(districts.size())).communes());
        Map<String, String> v = new HashMap<>(40);
        v.put("xa", commune);
        v.put("xa2", otherCommune);
        v.put("huyen", district.display());
        v.put("ten_huyen", district.name());
        v.put("thon", words.pick(r, "villages"));
        String product = words.pick(r, "products");
        v.put("sp", product);
        v.put("sp2", pickOther(r, words.list("products"), product));
        v.put("htx", "HTX " + words.pick(r, "cooperative-kinds") + " " + commune);
        WordBank.Person resident = words.person(r);
        v.put("nguoi", resident.name());
        v.put("ongba", resident.title());
        WordBank.Person official = words.person(r);
        v.put("nguoi2", official.name());
        v.put("ongba2", official.title());
        v.put("canbo", words.person(r).name());
        v.put("chucvu_tinh", words.pick(r, "provincial-posts"));
        v.put("chucvu_xa", words.pick(r, "commune-posts").replace("{xa}", commune));
        v.put("so_nn", date.isBefore(DEPARTMENT_MERGER) ? "Sở Nông nghiệp và PTNT" : "Sở Nông nghiệp và Môi trường");
        v.put("nong_san", words.pick(r, "farm-products"));
        v.put("cay", words.pick(r, "crops"));
        v.put("cay_qua", words.pick(r, "fruit-crops"));
        v.put("vatnuoi", words.pick(r, "livestock"));
        v.put("tieuchi", words.pick(r, "criteria"));
        v.put("le", words.pick(r, "holidays"));
        v.put("nam", Integer.toString(date.getYear()));
        v.put("nam_sau", Integer.toString(date.getYear() + 1));
        v.put("nam_truoc", Integer.toString(date.getYear() - 1));
        v.put("thang", Integer.toString(date.getMonthValue()));
        LocalDate event = date.minusDays(r.nextInt(3));
        v.put("ngay", event.getDayOfMonth() + "/" + event.getMonthValue());
        return v;
    }

    private static String pick(RandomGenerator r, List<String> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static String pickOther(RandomGenerator r, List<String> values, String not) {
        String v = pick(r, values);
        return v.equals(not) ? values.get((values.indexOf(v) + 1) % values.size()) : v;
    }
}
