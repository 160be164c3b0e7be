package vn.giamngheo.classification.domain;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/** Plain words for each reason, in Vietnamese (the default) or English. */
public final class Explanations {
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private Explanations() {
    }

    public static String render(Reason r, Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        NumberFormat n = NumberFormat.getIntegerInstance(en ? Locale.US : VI);
        Map<String, Object> f = r.figures();
        return switch (r.code()) {
            case INCOME_AT_OR_BELOW_LINE -> en
                    ? "Income of " + n.format(f.get("income")) + " VND per person a month is at or below the poverty line of " + n.format(f.get("line")) + " VND."
                    : "Thu nhập " + n.format(f.get("income")) + " đồng/người/tháng bằng hoặc thấp hơn chuẩn nghèo " + n.format(f.get("line")) + " đồng.";
            case INCOME_IN_NEAR_POOR_BAND -> en
                    ? "Income of " + n.format(f.get("income")) + " VND is above the poverty line of " + n.format(f.get("line")) + " VND but not above " + n.format(f.get("ceiling")) + " VND, so the deprivations decide."
                    : "Thu nhập " + n.format(f.get("income")) + " đồng cao hơn chuẩn nghèo " + n.format(f.get("line")) + " đồng nhưng không quá " + n.format(f.get("ceiling")) + " đồng, nên mức thiếu hụt quyết định.";
            case INCOME_ABOVE_LINE -> en
                    ? "Income of " + n.format(f.get("income")) + " VND per person a month is above " + n.format(f.get("line")) + " VND, so the household is neither poor nor near-poor."
                    : "Thu nhập " + n.format(f.get("income")) + " đồng/người/tháng cao hơn " + n.format(f.get("line")) + " đồng, nên hộ không thuộc diện nghèo hay cận nghèo.";
            case SCORE_AT_OR_BELOW_LINE -> en
                    ? "Score A of " + f.get("score") + " is at or below " + f.get("line") + ", which stands for income at or below the poverty line."
                    : "Điểm A là " + f.get("score") + ", bằng hoặc thấp hơn " + f.get("line") + " điểm, tương ứng thu nhập bằng hoặc dưới chuẩn nghèo.";
            case SCORE_ABOVE_LINE -> en
                    ? "Score A of " + f.get("score") + " is above " + f.get("line") + ", so the household is neither poor nor near-poor."
                    : "Điểm A là " + f.get("score") + ", cao hơn " + f.get("line") + " điểm, nên hộ không thuộc diện nghèo hay cận nghèo.";
            case DEPRIVATIONS_AT_OR_ABOVE_CUTOFF -> en
                    ? "The household lacks " + f.get("count") + " basic social services, at least " + f.get("cutoff") + ", so it is poor."
                    : "Hộ thiếu hụt " + f.get("count") + " chỉ số dịch vụ xã hội cơ bản, từ " + f.get("cutoff") + " chỉ số trở lên, nên là hộ nghèo.";
            case DEPRIVATIONS_BELOW_CUTOFF -> en
                    ? "The household lacks " + f.get("count") + " basic social services, fewer than " + f.get("cutoff") + ", so it is near-poor."
                    : "Hộ thiếu hụt " + f.get("count") + " chỉ số dịch vụ xã hội cơ bản, dưới " + f.get("cutoff") + " chỉ số, nên là hộ cận nghèo.";
            case WITHIN_MIDDLE_INCOME_BAND -> en
                    ? "Income is not above " + n.format(f.get("ceiling")) + " VND, so the household has a middle living standard."
                    : "Thu nhập không quá " + n.format(f.get("ceiling")) + " đồng, nên hộ có mức sống trung bình.";
            case ABOVE_MIDDLE_INCOME_BAND -> en
                    ? "Income is above " + n.format(f.get("ceiling")) + " VND, above the middle-income band."
                    : "Thu nhập cao hơn " + n.format(f.get("ceiling")) + " đồng, trên mức sống trung bình.";
            case MIDDLE_INCOME_BAND_UNCONFIRMED -> en
                    ? "The middle-income band of this standard has not been confirmed, so middle income is not assessed."
                    : "Ngưỡng hộ có mức sống trung bình của chuẩn này chưa được xác nhận, nên chưa đánh giá mức sống trung bình.";
            case MIDDLE_INCOME_NEEDS_INCOME -> en
                    ? "Middle living standard is assessed from actual income, not from score A."
                    : "Mức sống trung bình được xác định theo thu nhập thực tế, không theo điểm A.";
        };
    }
}
