/**
 * Where the officer's data goes, said truthfully in the header and the footer: nowhere (a plain static host,
 * local-first), or the province's server that served the page, once the record screen is used there.
 */
import { useEffect, useState } from "react";
import { pageOrigin } from "./api.js";

const useServed = (): boolean | undefined => {
  const [served, setServed] = useState<boolean>();
  useEffect(() => {
    let live = true;
    void pageOrigin().then((o) => live && setServed(o.server));
    return () => {
      live = false;
    };
  }, []);
  return served;
};

/** The header's tagline. */
export const TaglineNote = () =>
  useServed() ? (
    <>Đánh giá “An toàn về an ninh, trật tự” — kho dữ liệu trên máy chủ của tỉnh</>
  ) : (
    <>Đánh giá “An toàn về an ninh, trật tự” — dữ liệu chỉ ở trên máy này</>
  );

/** The footer's note. */
export const FooterNote = () =>
  useServed() ? (
    <>
      antq — phần mềm mã nguồn mở. Việc đánh giá chạy trong trình duyệt; chỉ dữ liệu nộp ở “Kho, báo cáo” được
      gửi tới máy chủ của tỉnh đã phục vụ trang này, không tới nơi nào khác.
    </>
  ) : (
    <>antq — phần mềm mã nguồn mở. Mọi tính toán chạy trong trình duyệt; không có dữ liệu nào được gửi đi.</>
  );
