package com.acme.shop.customers;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.hibernate.Session;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
public class CustomerDao {

    @PersistenceContext
    private EntityManager em;

    public List<Customer> byEmail(String email) {
        TypedQuery<Customer> q = em.createQuery("SELECT c FROM Customer c WHERE c.email = :email", Customer.class);
        q.setParameter("email", email);
        return q.getResultList();
    }

    public List<Customer> byName(String name) {
        // expect: java.jpa-query-injection
        return em.createQuery("SELECT c FROM Customer c WHERE c.name LIKE '%" + name + "%'", Customer.class).getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> nativeByCity(String city) {
        // expect: java.jpa-query-injection
        return em.createNativeQuery("SELECT id, name FROM customers WHERE city = '" + city + "'").getResultList();
    }

    public List<Customer> byTier(String tier) {
        Session session = em.unwrap(Session.class);
        // expect: java.jpa-query-injection
        return session.createQuery("from Customer where tier = '" + tier + "'", Customer.class).list();
    }

    public List<Customer> byCountry(String country) {
        return em.createQuery("SELECT c FROM Customer c WHERE c.country = ?1", Customer.class)
                .setParameter(1, country)
                .getResultList();
    }

    public long activeCount() {
        return em.createQuery("SELECT count(c) FROM Customer c WHERE c.active = true", Long.class).getSingleResult();
    }
}
