/**
 * "Kho, báo cáo": where the record lives. Served by a province's antq server, the record is the server's
 * (sign in, then ./ServerRecordScreen); served by a plain static host, it is the browser's own PGlite record
 * (../HistoryScreen), exactly as before.
 */
import { type FormEvent, useEffect, useState } from "react";
import { HistoryScreen } from "../HistoryScreen.js";
import { type Account, type Origin, pageOrigin, rememberOrigin, signIn } from "./api.js";
import { ServerRecordScreen } from "./ServerRecordScreen.js";

/** The sign-in form of the province's server. */
export const SignInForm = (props: { readonly onSignedIn: (account: Account) => void }) => {
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setWorking(true);
    setProblem(undefined);
    try {
      props.onSignedIn(await signIn(login.trim(), password));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setWorking(false);
    }
  };
  return (
    <section aria-labelledby="tieu-de-dang-nhap" className="card">
      <h2 id="tieu-de-dang-nhap">Đăng nhập máy chủ antq của tỉnh</h2>
      <p>
        Trang này do máy chủ antq của tỉnh phục vụ: kho dữ liệu nhiều năm và báo cáo nằm trên máy chủ. Đăng
        nhập bằng tài khoản được cấp.
      </p>
      <form onSubmit={submit} className="stack" aria-describedby={problem ? "loi-dang-nhap" : undefined}>
        <label>
          Tên đăng nhập{" "}
          <input
            name="login"
            autoComplete="username"
            required
            value={login}
            onChange={(e) => setLogin(e.target.value)}
          />
        </label>
        <label>
          Mật khẩu{" "}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button type="submit" className="primary" disabled={working}>
          {working ? "Đang đăng nhập…" : "Đăng nhập"}
        </button>
      </form>
      {problem && (
        <p role="alert" id="loi-dang-nhap">
          {problem}
        </p>
      )}
    </section>
  );
};

/** The record screen: the server's when the page comes from one, else the browser's. */
export const RecordScreen = (props: { readonly assessedYear: number | undefined }) => {
  const [state, setState] = useState<Origin>();
  useEffect(() => {
    let live = true;
    void pageOrigin().then((o) => live && setState(o));
    return () => {
      live = false;
    };
  }, []);
  if (state === undefined)
    return (
      <p className="busy" role="status">
        <span className="spinner" aria-hidden="true" />
        Đang mở kho dữ liệu…
      </p>
    );
  if (!state.server) return <HistoryScreen assessedYear={props.assessedYear} />;
  const signedOut = () => {
    setState(rememberOrigin({ server: true, account: undefined }));
  };
  if (state.account === undefined)
    return (
      <SignInForm
        onSignedIn={(account) => {
          setState(rememberOrigin({ server: true, account }));
        }}
      />
    );
  return (
    <ServerRecordScreen account={state.account} assessedYear={props.assessedYear} onSignedOut={signedOut} />
  );
};
