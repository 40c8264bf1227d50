package org.deban.catalogue;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Public contact of an organisation or place: who to ask, and how. */
@Serdeable
public record Contact(
        @Nullable @Size(max = 100) String person,

        @Nullable @Pattern(regexp = "^[0-9０-９+()（）\\-－ー ]{6,20}$", message = "電話番号の形式が正しくありません")
        String phone,

        @Nullable @Email(message = "メールアドレスの形式が正しくありません") @Size(max = 200)
        String email,

        @Nullable
        @Pattern(regexp = "^https?://\\S+$", message = "http:// または https:// で始まるURLを指定してください")
        @Size(max = 500)
        String url) {

    public static Contact of(
            @Nullable String person, @Nullable String phone, @Nullable String email, @Nullable String url) {
        return new Contact(person, phone, email, url);
    }

    /** No contact given: every field null. */
    public static Contact orEmpty(@Nullable Contact contact) {
        return contact == null ? new Contact(null, null, null, null) : contact;
    }
}
