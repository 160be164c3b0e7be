package vn.giamngheo.transfer.domain;

import java.util.Map;

/** The Vietnamese message of each problem code; the English one is the rule's own detail. */
public final class RowMessages {
    private static final Map<String, String> VI = Map.ofEntries(
            Map.entry("REQUIRED", "Bắt buộc phải có"),
            Map.entry("INVALID_FORMAT", "Không đúng định dạng"),
            Map.entry("INVALID_SIZE", "Độ dài hoặc số lượng không hợp lệ"),
            Map.entry("OUT_OF_RANGE", "Giá trị nằm ngoài khoảng cho phép"),
            Map.entry("INVALID_VALUE", "Giá trị không hợp lệ"),
            Map.entry("UNKNOWN_FIELD", "Trường không có trong mẫu"),
            Map.entry("UNKNOWN_CODE", "Mã không có trong danh mục"),
            Map.entry("INVALID_DATE", "Ngày không hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd)"),
            Map.entry("INVALID_NUMBER", "Số không hợp lệ"),
            Map.entry("INVALID_BOOLEAN", "Chỉ nhận có/không"),
            Map.entry("MALFORMED_RECORD", "Dòng không đọc được"),
            Map.entry("DATE_IN_FUTURE", "Ngày không được ở tương lai"),
            Map.entry("DATE_TOO_OLD", "Ngày cách đây hơn 130 năm"),
            Map.entry("JOINED_BEFORE_BIRTH", "Ngày vào hộ trước ngày sinh"),
            Map.entry("CARD_NUMBER_MISSING", "Có hạn thẻ BHYT nhưng thiếu số thẻ"),
            Map.entry("CITIZEN_ID_FORMAT", "Số định danh phải gồm đúng 12 chữ số"),
            Map.entry("CITIZEN_ID_PROVINCE", "Số định danh phải bắt đầu bằng mã tỉnh từ 001 đến 096"),
            Map.entry("CITIZEN_ID_SEX_CENTURY", "Chữ số thứ 4 của số định danh không khớp giới tính và thế kỷ sinh"),
            Map.entry("CITIZEN_ID_BIRTH_YEAR", "Chữ số thứ 5–6 của số định danh không khớp năm sinh"),
            Map.entry("HEAD_REQUIRED", "Hộ phải có đúng một chủ hộ"),
            Map.entry("ONE_HEAD_ONLY", "Hộ chỉ được có một chủ hộ"),
            Map.entry("TOO_MANY_MEMBERS", "Hộ có quá 30 thành viên"),
            Map.entry("DUPLICATE_IN_REQUEST", "Số định danh bị lặp trong cùng hộ"),
            Map.entry("DUPLICATE_IN_FILE", "Trùng với một hộ hoặc người ở dòng trước trong tệp"),
            Map.entry("DUPLICATE_CITIZEN_ID", "Số định danh đã thuộc thành viên của hộ khác trong sổ"),
            Map.entry("UNKNOWN_COMMUNE", "Mã xã không thuộc huyện"),
            Map.entry("UNKNOWN_HAMLET", "Mã ấp/khóm không thuộc xã"),
            Map.entry("UNKNOWN_HOUSEHOLD_CODE", "Không có hộ với mã này trong sổ"),
            Map.entry("HOUSEHOLD_ARCHIVED", "Hộ đã được lưu trữ, không cập nhật được"),
            Map.entry("COMMUNE_MISMATCH", "Mã xã khác với xã của hộ trong sổ"),
            Map.entry("OUTSIDE_AREA", "Ngoài địa bàn bạn được phép nhập"),
            Map.entry("AMBIGUOUS_MATCH", "Các thành viên thuộc nhiều hộ khác nhau trong sổ"));

    private RowMessages() {
    }

    public static String vi(String code, String english) {
        String vi = VI.get(code);
        return vi != null ? vi : english;
    }
}
