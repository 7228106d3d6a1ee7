// The CSP nonce of the response being rendered, for the inline scripts Remix writes. Set on
// the server only: browsers hide a nonce from script once the page has loaded, so the client
// renders it empty (React does not compare nonces when it hydrates).
import { createContext, useContext } from "react";

export const NonceContext = createContext("");

export const useNonce = () => useContext(NonceContext);
