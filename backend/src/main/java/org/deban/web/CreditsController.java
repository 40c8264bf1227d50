package org.deban.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.deban.common.PageRequest;
import org.deban.common.PageResponse;

/** The 出典 of every data set in the product; their licences require the credit to be shown. */
@Tag(name = "credits")
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/v1/credits")
class CreditsController {
    static final List<Credit> CREDITS = List.of(
            new Credit(
                    "行政区域（稲沢市の境界）",
                    "「国土数値情報（行政区域データ）」（国土交通省）を加工して作成（geolonia/japanese-admins 経由）",
                    "MIT License（geolonia/japanese-admins）／国土数値情報利用約款",
                    "https://nlftp.mlit.go.jp/ksj/"),
            new Credit(
                    "行政区域（全国の市区町村、合成データ用）",
                    "「国土数値情報（行政区域データ）」（国土交通省）を加工して作成（smartnews-smri/japan-topography 経由）",
                    "国土数値情報利用約款",
                    "https://nlftp.mlit.go.jp/ksj/"),
            new Credit(
                    "町丁目の代表点（住所）",
                    "Geolonia 住所データ（元データ：国土交通省 位置参照情報、日本郵便 郵便番号データ）",
                    "CC BY 4.0",
                    "https://github.com/geolonia/japanese-addresses"),
            new Credit(
                    "国民の祝日（検証用）",
                    "内閣府「国民の祝日」（japanese-public-holidays 経由）、holiday-jp/holiday_jp",
                    "MIT License",
                    "https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html"),
            new Credit(
                    "デモデータ",
                    "稲沢市のデモ用の団体・場所・役割はすべて架空のものです（住所は実在の町丁目名を使用）",
                    "Apache License 2.0（Deban）",
                    "https://github.com/deban-org/deban"));

    @Get
    PageResponse<Credit> list(@Valid @RequestBean PageRequest paging) {
        return PageResponse.slice(CREDITS, paging);
    }
}
