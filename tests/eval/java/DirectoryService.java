package com.acme.shop.directory;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.springframework.ldap.support.LdapEncoder;

public class DirectoryService {
    private static final String BASE = "ou=people,dc=acme,dc=example";
    private final DirContext ctx;

    public DirectoryService() throws Exception {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, System.getenv("LDAP_URL"));
        env.put(Context.SECURITY_PRINCIPAL, System.getenv("LDAP_BIND_DN"));
        env.put(Context.SECURITY_CREDENTIALS, System.getenv("LDAP_BIND_PASSWORD"));
        this.ctx = new InitialDirContext(env);
    }

    public List<String> findByUid(String uid) throws Exception {
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        // expect: java.ldap-injection
        NamingEnumeration<SearchResult> res = ctx.search(BASE, "(uid=" + uid + ")", sc);
        return names(res);
    }

    public List<String> findByMail(String mail) throws Exception {
        SearchControls sc = new SearchControls();
        String filter = "(&(objectClass=person)(mail=" + LdapEncoder.filterEncode(mail) + "))";
        return names(ctx.search(BASE, filter, sc));
    }

    public List<String> findByGroup(String group) throws Exception {
        SearchControls sc = new SearchControls();
        return names(ctx.search(BASE, "(&(objectClass=person)(memberOf={0}))", new Object[] {group}, sc));
    }

    public List<String> findByDepartment(String dept) throws Exception {
        // expect: java.ldap-injection
        String filter = "(&(objectClass=person)(department=" + dept + "))";
        return names(ctx.search(BASE, filter, new SearchControls()));
    }

    private static List<String> names(NamingEnumeration<SearchResult> res) throws Exception {
        List<String> out = new ArrayList<>();
        while (res.hasMore()) out.add(res.next().getNameInNamespace());
        return out;
    }
}
