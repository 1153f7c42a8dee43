/** Who is signed in. The session cookie is HttpOnly: the app learns who it is by asking
 * GraphQL for `me`, and shows the sign-in form when the read API answers 401. */
import {
  createContext,
  type MutableRefObject,
  type ReactNode,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
} from "react";
import { Provider, useQuery } from "urql";
import { makeClient } from "../api/client";
import { command, forgetWrites } from "../api/commands";
import { graphql } from "../gql";
import type { MeQuery } from "../gql/graphql";
import { SignInPage } from "./SignInPage";
import { Loading } from "../components/Loading";

const MeDocument = graphql(`
  query Me {
    me { id name role }
  }
`);

export type Me = MeQuery["me"];

interface Session {
  me: Me;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  // A new client per sign-in: nothing cached for one person is shown to the next.
  const [generation, setGeneration] = useState(0);
  const restart = useCallback(() => setGeneration((value) => value + 1), []);
  // A 401 ends a session that was open (it expired, or the user was disabled); before sign-in a
  // 401 is the expected answer to `me`, and must not start the client over and over.
  const signedIn = useRef(false);
  const client = useMemo(
    () =>
      makeClient(() => {
        if (signedIn.current) restart();
      }),
    [generation, restart],
  );
  return (
    <Provider value={client}>
      <SignedIn key={generation} onChange={restart} signedIn={signedIn}>
        {children}
      </SignedIn>
    </Provider>
  );
}

interface SignedInProps {
  children: ReactNode;
  onChange: () => void;
  signedIn: MutableRefObject<boolean>;
}

function SignedIn({ children, onChange, signedIn }: SignedInProps) {
  const [{ data, error, fetching }] = useQuery({ query: MeDocument, requestPolicy: "network-only" });
  const signOut = useCallback(async () => {
    await command("/v1/sign-out");
    forgetWrites();
    onChange();
  }, [onChange]);
  if (fetching && !data) return <Loading />;
  signedIn.current = Boolean(data && !error);
  if (!data || error) {
    const signedInNow = () => {
      forgetWrites();
      onChange();
    };
    return <SignInPage onSignedIn={signedInNow} />;
  }
  return (
    <SessionContext.Provider value={{ me: data.me, signOut }}>{children}</SessionContext.Provider>
  );
}
